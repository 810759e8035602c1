// Geometry checks for a panel at a given width: whether the page scrolls sideways, and which text,
// buttons or fields stick out past the page's right edge or out of a box that clips them (an
// overflow container), so a test can say what a user would have to scroll or could not see.
import type { PanelUnderTest } from './fakeHost';

export interface HorizontalFit {
  /** document.scrollingElement's scrollWidth and clientWidth: a page wider than it is shown scrolls sideways. */
  scrollWidth: number;
  clientWidth: number;
  /** Text, buttons and fields not fully inside the page's width or the box that clips them. */
  clipped: string[];
}

// A string: the test runner's transpiler would add helpers to a function's source.
const SCRIPT = `(() => {
  const page = document.scrollingElement;
  const width = page.clientWidth;
  const parentOf = (el) => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const clipped = [];
  const check = (el, r, what) => {
    if (r.width === 0 || r.height === 0) return;
    if (r.left < -0.5 || r.right > width + 0.5) { clipped.push(what + ' (' + name(el) + ') spans x ' + Math.round(r.left) + '–' + Math.round(r.right) + ' on a page ' + width + ' px wide'); return; }
    for (let a = parentOf(el); a; a = parentOf(a)) {
      const s = getComputedStyle(a);
      // Clipped to nothing on purpose (visually hidden, read out only): not meant to be seen.
      if (s.clip !== 'auto' && s.clip !== '') return;
      if (s.overflowX === 'visible' || a === document.documentElement || a === document.body) continue;
      const box = a.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) { clipped.push(what + ' (' + name(el) + ') spans x ' + Math.round(r.left) + '–' + Math.round(r.right) + ', outside ' + name(a) + ' (x ' + Math.round(box.left) + '–' + Math.round(box.right) + ', overflow ' + s.overflowX + ')'); return; }
    }
  };
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && el.tagName.toLowerCase().startsWith('aicmo-')) visit(el.shadowRoot);
      if (el.closest('.visually-hidden, svg, style, script, option')) continue;
      const tag = el.tagName.toLowerCase();
      if (tag === 'vscode-button' || tag === 'button' || tag === 'select' || tag === 'input' || tag === 'vscode-textfield') {
        check(el, el.getBoundingClientRect(), '"' + (el.textContent || el.getAttribute('aria-label') || tag).trim().slice(0, 40) + '"');
        continue;
      }
      for (const n of el.childNodes) {
        if (n.nodeType !== 3 || !n.nodeValue.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        check(el, range.getBoundingClientRect(), '"' + n.nodeValue.trim().slice(0, 40) + '"');
      }
    }
  };
  for (const host of document.querySelectorAll('body > *')) if (host.shadowRoot) visit(host.shadowRoot);
  return { scrollWidth: page.scrollWidth, clientWidth: width, clipped };
})()`;

export function horizontalFit(p: PanelUnderTest): Promise<HorizontalFit> {
  return p.page.evaluate(SCRIPT) as Promise<HorizontalFit>;
}

/** The box of the first element matching `selector` (through shadow roots); fails when it is not laid out. */
export async function boxOf(p: PanelUnderTest, selector: string): Promise<{ x: number; y: number; width: number; height: number; bottom: number; right: number }> {
  const box = await p.page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not laid out`);
  return { ...box, bottom: box.y + box.height, right: box.x + box.width };
}
