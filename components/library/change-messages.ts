import type { BulkEdit } from '../../lib/edits/bulk';
import type { TagEdit } from '../../lib/edits/tags';
import type { UndoResult } from '../../lib/db/undo';
import { STATUS_LABELS } from '../../lib/paper';
import { normalizeTag } from '../../lib/tags';

/** Formats a count with its noun, such as `1 paper` or `1,200 papers`. */
export function countPapers(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'paper' : 'papers'}`;
}

function quoted(tags: readonly string[]): string {
  return tags.map((tag) => `"${normalizeTag(tag)}"`).join(', ');
}

/** Describes what a tag edit did to `changed` papers. The sentence is also the text of its Undo offer. */
export function describeTagEdit(edit: TagEdit, changed: number): string {
  const papers = countPapers(changed);
  switch (edit.kind) {
    case 'rename':
      if (changed === 0) return `Nothing changed: no paper has the tag ${quoted([edit.from])}.`;
      return `Renamed tag ${quoted([edit.from])} to ${quoted([edit.to])} on ${papers}.`;
    case 'merge':
      if (changed === 0) return `Nothing changed: no paper has the tags ${quoted(edit.sources)}.`;
      return `Merged ${quoted(edit.sources)} into ${quoted([edit.into])} on ${papers}.`;
    case 'delete':
      if (changed === 0) return `Nothing changed: no paper has the tag ${quoted([edit.tag])}.`;
      return `Deleted tag ${quoted([edit.tag])} from ${papers}.`;
  }
}

function describeUnchanged(edit: BulkEdit): string {
  switch (edit.kind) {
    case 'add-tag':
      return `Nothing changed: every selected paper already has the tag ${quoted([edit.tag])}.`;
    case 'remove-tag':
      return `Nothing changed: no selected paper has the tag ${quoted([edit.tag])}.`;
    case 'set-status':
      return `Nothing changed: every selected paper is already in the reading list as ${STATUS_LABELS[edit.status]}.`;
    case 'set-saved':
      return edit.saved
        ? 'Nothing changed: every selected paper is already in the reading list.'
        : 'Nothing changed: no selected paper is in the reading list.';
  }
}

function describeChanged(edit: BulkEdit, changed: number): string {
  const papers = countPapers(changed);
  switch (edit.kind) {
    case 'add-tag':
      return `Added tag ${quoted([edit.tag])} to ${papers}.`;
    case 'remove-tag':
      return `Removed tag ${quoted([edit.tag])} from ${papers}.`;
    case 'set-status':
      return `Set status to ${STATUS_LABELS[edit.status]} on ${papers}.`;
    case 'set-saved':
      return edit.saved ? `Added ${papers} to the reading list.` : `Removed ${papers} from the reading list.`;
  }
}

/** Describes what a bulk edit did to `changed` papers, and how many it left out because of the tag limit. */
export function describeBulkEdit(edit: BulkEdit, changed: number, skipped: number): string {
  if (skipped > 0) {
    const limit = `${countPapers(skipped)} already had the maximum number of tags and kept their tags.`;
    return changed === 0 ? `Nothing changed: ${limit}` : `${describeChanged(edit, changed)} ${limit}`;
  }
  return changed === 0 ? describeUnchanged(edit) : describeChanged(edit, changed);
}

/** Describes a removal: by title for one paper, by count for several. */
export function describeRemoval(titles: readonly string[]): string {
  return titles.length === 1 ? `Removed "${titles[0]}" from the library.` : `Removed ${countPapers(titles.length)} from the library.`;
}

export function describeDeleteAll(count: number): string {
  return `Deleted all ${countPapers(count)}. Undo works until this page is closed.`;
}

/** Describes what an undo restored, and how many papers it kept because they changed in the meantime. */
export function describeUndo(result: UndoResult): string {
  let message = `Undone: restored ${countPapers(result.restored)}.`;
  if (result.kept.length > 0) {
    message += ` ${countPapers(result.kept.length)} changed since then and ${result.kept.length === 1 ? 'was' : 'were'} left as ${result.kept.length === 1 ? 'it is' : 'they are'}.`;
  }
  return message;
}
