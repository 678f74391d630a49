/**
 * Detects whether the page is dark. Hugging Face marks its dark theme with a `dark` class on
 * the root element, and other pages are judged by the luminance of the body's text colour.
 */
export function detectTheme(document: Document): 'light' | 'dark' {
  if (document.documentElement.classList.contains('dark')) return 'dark';
  const body = document.body;
  if (!body) return 'light';
  const match = getComputedStyle(body).color.match(/\d+(\.\d+)?/g);
  if (!match || match.length < 3) return 'light';
  const [red, green, blue] = match.slice(0, 3).map(Number) as [number, number, number];
  const luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
  return luminance > 0.6 ? 'dark' : 'light';
}
