import type { Page } from 'playwright-core';
import { hostSelector } from './bars';

/** Tallest page element counted as "around" a bar: about one listing entry with its title, authors and bar. */
const MAX_REGION_HEIGHT = 420;
/** Tallest element before the entry still counted as part of it: one or two lines, such as arXiv's id line. */
const MAX_LEAD_HEIGHT = 48;
const PADDING = 12;

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Scroll to the first bar of `paperIds[0]` and screenshot the part of the page
 * that contains the bars of `paperIds` and the paper entries they belong to.
 */
export async function screenshotBars(page: Page, paperIds: readonly string[], file: string): Promise<void> {
  const [first] = paperIds;
  if (first === undefined) throw new Error('screenshotBars needs at least one paper id');
  await page.locator(hostSelector(first)).first().scrollIntoViewIfNeeded();

  const selectors = paperIds.map(hostSelector);
  // Compute, in page coordinates, a box around each bar's paper entry. The box
  // covers the bar's largest ancestor shorter than MAX_REGION_HEIGHT and the
  // element the bar follows, which is the paper title or its link. It also
  // covers a short element before that ancestor, such as arXiv's id line.
  const region = await page.evaluate(
    ({ selectors, maxHeight, maxLeadHeight, padding }): Region | null => {
      const boxes = selectors.flatMap((selector) => {
        const host = document.querySelector(selector);
        if (!host) return [];
        let around: Element = host;
        for (let parent = host.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (parent.getBoundingClientRect().height > maxHeight) break;
          around = parent;
        }
        const entry = [around.getBoundingClientRect()];
        const title = host.previousElementSibling?.getBoundingClientRect();
        // Hidden elements (a <link>, display: none) have an empty box at the page's origin.
        if (title && title.height > 0 && title.height < maxHeight / 2) entry.push(title);
        const lead = around.previousElementSibling?.getBoundingClientRect();
        if (lead && lead.height > 0 && lead.height <= maxLeadHeight) entry.push(lead);
        return entry;
      });
      if (boxes.length === 0) return null;
      const left = Math.max(0, Math.min(...boxes.map((box) => box.left)) + scrollX - padding);
      const top = Math.max(0, Math.min(...boxes.map((box) => box.top)) + scrollY - padding);
      const right = Math.min(
        document.documentElement.scrollWidth,
        Math.max(...boxes.map((box) => box.right)) + scrollX + padding,
      );
      const bottom = Math.max(...boxes.map((box) => box.bottom)) + scrollY + padding;
      return { x: left, y: top, width: right - left, height: bottom - top };
    },
    { selectors, maxHeight: MAX_REGION_HEIGHT, maxLeadHeight: MAX_LEAD_HEIGHT, padding: PADDING },
  );
  if (!region) throw new Error(`no bar for ${paperIds.join(', ')} on ${page.url()}`);
  await page.screenshot({ path: file, fullPage: true, clip: region });
}
