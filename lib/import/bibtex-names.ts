import { decodeLatex } from './latex';

/** Splits raw LaTeX at each match of `separator` outside braces (at brace depth 0). */
export function splitAtTopLevel(raw: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (depth === 0) {
      const match = separator.exec(raw.slice(index));
      if (match?.index === 0) {
        parts.push(raw.slice(start, index));
        index += match[0].length - 1;
        start = index + 1;
      }
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

/**
 * Turns one BibTeX name into the display form arXiv uses, given names first:
 * "van Beethoven, Ludwig" and "King, Jr., Martin Luther" become "Ludwig van
 * Beethoven" and "Martin Luther King Jr.". A name without commas is already in that order.
 */
function displayName(raw: string): string {
  const parts = splitAtTopLevel(raw, /^,/).map((part) => decodeLatex(part));
  if (parts.length === 1) return parts[0] ?? '';
  if (parts.length === 2) return [parts[1], parts[0]].filter(Boolean).join(' ');
  const [family, suffix, ...given] = parts;
  return [given.join(', '), family, suffix].filter(Boolean).join(' ');
}

/** Reads a BibTeX name list ("A and B and others"); "others" marks a cut list and is dropped. */
export function parseBibtexNames(raw: string): string[] {
  return splitAtTopLevel(raw.trim(), /^\s+and\s+/i)
    .map((name) => name.trim())
    .filter((name) => name && name.toLowerCase() !== 'others')
    .map(displayName)
    .filter(Boolean);
}
