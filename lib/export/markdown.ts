import { absUrl, bareArxivId, isDoiPaperId, paperDoi } from '../ids';
import { isSaved, type PaperRecord, STATUS_LABELS } from '../paper';
import { formatPublicationDate, publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

/** Escapes characters that Markdown would read as formatting in inline text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

/** Formats the id as readers cite it: `arXiv:2401.00001` or `doi:10.1145/3292500.3330701`. */
function citedId(paper: PaperRecord): string {
  return isDoiPaperId(paper.id) ? `doi:${paperDoi(paper) ?? ''}` : `arXiv:${bareArxivId(paper.id)}`;
}

/** Escapes the characters that would end the text of a Markdown link. */
function linkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

/** Percent-encodes the characters that would end a Markdown link destination, such as ( and ) in old DOIs. */
function linkUrl(url: string): string {
  // encodeURIComponent leaves ( and ) as they are, so the codes are written out.
  return url.replace(/[()<> ]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function paperSection(paper: PaperRecord): string {
  const lines = [`## [${escapeMarkdown(paper.title)}](${linkUrl(absUrl(paper.id))})`, ''];
  if (paper.authors.length > 0) lines.push(`- **Authors:** ${escapeMarkdown(paper.authors.join(', '))}`);
  if (isDoiPaperId(paper.id)) {
    lines.push(`- **DOI:** ${escapeMarkdown(paperDoi(paper) ?? '')}`);
    if (paper.venue) lines.push(`- **Venue:** ${escapeMarkdown(paper.venue)}`);
  } else {
    lines.push(`- **arXiv:** ${bareArxivId(paper.id)}`);
  }
  lines.push(`- **Status:** ${STATUS_LABELS[paper.status]}${isSaved(paper) ? '' : ' (not in reading list)'}`);
  if (paper.tags.length > 0) lines.push(`- **Tags:** ${paper.tags.map(escapeMarkdown).join(', ')}`);
  const date = publicationDate(paper);
  if (date) lines.push(`- **Published:** ${formatPublicationDate(date)}`);
  if (paper.savedAt !== undefined) lines.push(`- **Saved:** ${isoDate(paper.savedAt)}`);

  if (paper.abstract) lines.push('', `> ${paper.abstract.replace(/\s+/g, ' ').trim()}`);
  if (paper.note.trim()) lines.push('', '### Note', '', paper.note.trim());
  return lines.join('\n');
}

/** Writes the papers as one Markdown document, one section per paper in the order given. */
export function exportMarkdown(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  const date = isoDate(context.exportedAt);
  const heading = `# PaperShelf papers, exported ${date}`;
  return [
    {
      filename: `papershelf-${date}.md`,
      mimeType: MIME_TYPES.markdown,
      text: `${[heading, ...papers.map(paperSection)].join('\n\n')}\n`,
    },
  ];
}

/**
 * Writes a value as a YAML scalar. A JSON string is also a valid YAML double-quoted scalar, so colons,
 * quotes, # and leading dashes in titles cannot change the structure. Characters YAML
 * does not allow unescaped (DEL, C1 controls, BOM) are written as \u escapes.
 */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\x7f-\x9f\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function yamlList(key: string, values: readonly string[]): string[] {
  if (values.length === 0) return [`${key}: []`];
  return [`${key}:`, ...values.map((value) => `  - ${yamlString(value)}`)];
}

/**
 * Rewrites a tag to the characters Obsidian allows in tags (letters, digits, _, -
 * and / for nesting): spaces become dashes and anything else is dropped. A tag of
 * digits only is kept, though Obsidian does not count it as a tag.
 */
export function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
}

function frontMatter(paper: PaperRecord): string {
  const tags = [...new Set(paper.tags.map(obsidianTag).filter(Boolean))];
  const lines = [
    '---',
    `title: ${yamlString(paper.title)}`,
    ...yamlList('authors', paper.authors),
    `id: ${yamlString(paper.id)}`,
    isDoiPaperId(paper.id)
      ? `doi: ${yamlString(paperDoi(paper) ?? '')}`
      : `arxiv: ${yamlString(bareArxivId(paper.id))}`,
    ...(isDoiPaperId(paper.id) && paper.venue ? [`venue: ${yamlString(paper.venue)}`] : []),
    `url: ${yamlString(absUrl(paper.id))}`,
    ...yamlList('tags', tags),
    `status: ${yamlString(paper.status)}`,
  ];
  // Obsidian's date property type takes unquoted YYYY-MM-DD values.
  if (paper.savedAt !== undefined) lines.push(`saved: ${isoDate(paper.savedAt)}`);
  lines.push(`created: ${isoDate(paper.createdAt)}`, `updated: ${isoDate(paper.updatedAt)}`, '---');
  return lines.join('\n');
}

// Characters that Windows, macOS or Obsidian links do not allow in a file name.
const UNSAFE_FILENAME = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/**
 * Builds a file name that is safe on Windows, macOS and Linux and inside Obsidian links.
 * It starts with the arXiv id (hep-th_9711200) or with "doi " and the DOI, its unsafe
 * characters replaced by _ and cut to 30 characters.
 */
function noteFilename(paper: PaperRecord): string {
  const id = isDoiPaperId(paper.id)
    ? `doi ${(paperDoi(paper) ?? '').replace(UNSAFE_FILENAME, '_').slice(0, 30)}`
    : bareArxivId(paper.id).replace('/', '_');
  const title = paper.title
    .replace(UNSAFE_FILENAME, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[ .]+$/, '');
  return title ? `${id} ${title}` : id;
}

function noteFile(paper: PaperRecord): string {
  const body = [`# ${escapeMarkdown(paper.title)}`, '', `[${linkText(citedId(paper))}](${linkUrl(absUrl(paper.id))})`];
  if (paper.note.trim()) body.push('', paper.note.trim());
  return `${frontMatter(paper)}\n\n${body.join('\n')}\n`;
}

/**
 * Writes one Markdown note per paper with YAML front matter for Obsidian. File names
 * start with the id, so they are unique while the ids are, except for DOIs cut short. A repeated id gets a
 * numbered name, and names are compared case-insensitively for case-insensitive file
 * systems.
 */
export function exportMarkdownNotes(papers: readonly PaperRecord[]): ExportFile[] {
  const used = new Set<string>();
  return papers.map((paper) => {
    const stem = noteFilename(paper);
    let filename = `${stem}.md`;
    for (let count = 2; used.has(filename.toLowerCase()); count += 1) filename = `${stem} (${count}).md`;
    used.add(filename.toLowerCase());
    return { filename, mimeType: MIME_TYPES.markdown, text: noteFile(paper) };
  });
}
