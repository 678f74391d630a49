/** Text helpers shared by the site adapters. All of them are pure and never throw. */

/** Collapses runs of whitespace, line breaks included, into single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Returns the first element that matches any selector, trying the selectors in order. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/** Returns the matches of the first selector that matches anything, in document order. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const elements = root.querySelectorAll(selector);
    if (elements.length > 0) return [...elements];
  }
  return [];
}

/**
 * Returns the collapsed text of an element without the descendants that match
 * `exclude`, such as the "Title:" label in front of an arXiv title.
 */
export function textWithout(element: Element, exclude: string): string {
  return collapseWhitespace(textOutside(element, exclude));
}

/** Concatenates the text of `node` outside the descendants matching `exclude`, without copying the node. */
function textOutside(node: Element, exclude: string): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* text */) {
      text += (child as Text).data;
    } else if (child.nodeType === 1 /* element */) {
      const element = child as Element;
      if (element.matches(exclude)) continue;
      text += element.querySelector(exclude) ? textOutside(element, exclude) : (element.textContent ?? '');
    }
  }
  return text;
}

export function elementText(element: Element | null | undefined): string {
  return collapseWhitespace(element?.textContent ?? '');
}

/** Returns the content of every `<meta name=...>` with that name, in document order. */
export function metaContents(document: Document, name: string): string[] {
  return [...document.querySelectorAll(`meta[name="${name}"]`)]
    .map((meta) => collapseWhitespace(meta.getAttribute('content') ?? ''))
    .filter((content) => content !== '');
}

export function metaContent(document: Document, name: string): string | undefined {
  return metaContents(document, name)[0];
}

/** Resolves an href against the page URL, or returns undefined when it is not a valid URL. */
export function resolveHref(href: string | null | undefined, base: URL): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3).toLowerCase()) + 1;
}

/** Date patterns with the group numbers of year, month and day. */
const DATE_PATTERNS: readonly { pattern: RegExp; year: number; month: number; day: number }[] = [
  // 2021/06/17, 2021-06-17
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g, year: 1, month: 2, day: 3 },
  // 17 Jun 2021, 15 January, 2024
  { pattern: /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g, year: 3, month: 2, day: 1 },
  // Oct 4, 2026
  { pattern: /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})\b/g, year: 3, month: 1, day: 2 },
];

/**
 * Reads the first calendar date in a text as `yyyy-mm-dd`, in the forms the supported
 * pages print (see DATE_PATTERNS). A date without a year, such as `Sep 28`, is not read.
 */
export function toIsoDate(text: string): string | undefined {
  for (const { pattern, year, month, day } of DATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const monthValue = monthNumber(match[month] ?? '');
      const dayValue = Number(match[day]);
      if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > 31) continue;
      return `${match[year]}-${String(monthValue).padStart(2, '0')}-${String(dayValue).padStart(2, '0')}`;
    }
  }
  return undefined;
}

const CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

/** Checks that a text looks like an arXiv category code such as `cs.LG` or `hep-th`. */
export function isCategoryCode(text: string): boolean {
  return CATEGORY.test(text);
}

/**
 * Reads category codes from an arXiv subjects line such as
 * `Machine Learning (cs.LG); Artificial Intelligence (cs.AI)`, in line order.
 */
export function categoriesFromSubjects(text: string): string[] {
  const codes: string[] = [];
  for (const part of text.split(';')) {
    const code = /\(([^()]+)\)\s*$/.exec(part.trim())?.[1];
    if (code && isCategoryCode(code) && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
