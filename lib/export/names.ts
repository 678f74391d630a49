/**
 * An author name split the way BibTeX and CSL store it. A `literal` name (an
 * organisation, or a single word) is kept whole and has no other part.
 */
export interface NameParts {
  given?: string;
  /** Lowercase words before the family name that sort with it, such as "van der". */
  particle?: string;
  family?: string;
  suffix?: string;
  literal?: string;
}

const PARTICLES = new Set([
  'al', 'bin', 'da', 'das', 'de', 'dei', 'del', 'della', 'der', 'di', 'do', 'dos', 'du',
  'el', 'la', 'le', 'ten', 'ter', 'van', 'von', 'zu',
]);

const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

// Words that mark a group author; " and " would also split a BibTeX name list.
const GROUP_WORDS =
  /\b(collaboration|consortium|team|group|project|initiative|institute|laboratory|university|committee|and)\b/i;

/**
 * Splits an author name as arXiv shows it, given names first ("Ludwig van Beethoven",
 * "Martin Luther King Jr."). A name written "Family, Given" keeps that split. The family
 * name is the last word, so a multi-word family name written last is split wrongly,
 * as BibTeX would split it too.
 */
export function splitName(raw: string): NameParts {
  const name = raw.trim().replace(/\s+/g, ' ');

  if (GROUP_WORDS.test(name)) return { literal: name };

  const commaParts = name.split(',').map((part) => part.trim());
  if (commaParts.length === 2 && commaParts[0] && commaParts[1]) {
    return splitFamilyFirst(commaParts[0], commaParts[1]);
  }

  const words = name.split(' ');
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIXES.test(words[words.length - 1] ?? '')) {
    suffix = words.pop();
  }
  if (words.length === 1) return { literal: name };

  const family = words.pop() ?? '';
  const particleWords: string[] = [];
  while (words.length > 1 && PARTICLES.has(words[words.length - 1] ?? '')) {
    particleWords.unshift(words.pop() ?? '');
  }

  const parts: NameParts = { given: words.join(' '), family };
  if (particleWords.length > 0) parts.particle = particleWords.join(' ');
  if (suffix) parts.suffix = suffix;
  return parts;
}

function splitFamilyFirst(familyText: string, given: string): NameParts {
  const words = familyText.split(' ');
  const particleWords: string[] = [];
  while (words.length > 1 && PARTICLES.has(words[0] ?? '')) {
    particleWords.push(words.shift() ?? '');
  }
  const parts: NameParts = { given, family: words.join(' ') };
  if (particleWords.length > 0) parts.particle = particleWords.join(' ');
  return parts;
}
