// A text contrast check (WCAG 2: 4.5:1 for normal text): every visible piece of text on the panel
// is measured where it is drawn. Text slotted into a component (a vscode-button's label) takes the
// colour of the slot inside the component's shadow root, and sits on the backgrounds of the flat
// tree around that slot (the button's own fill, then what is under it), with every opacity on the
// way (a disabled vscode-button is drawn at the library's 0.4 unless the panel says otherwise).
// Disabled controls are measured like the rest: the panel must keep them readable too. Alpha is
// composited down to the page. Returns what fails, with its colours.
import type { PanelUnderTest } from './fakeHost';

export interface ContrastProblem {
  text: string;
  where: string;
  color: string;
  background: string;
  ratio: number;
}

// A string: the test runner's transpiler would add helpers to a function's source.
export const CONTRAST_SCRIPT = `(() => {
  const parse = (s) => {
    let m = /^rgba?\\(([^)]+)\\)$/.exec(s);
    if (m) { const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p[3] === undefined ? 1 : p[3]]; }
    m = /^color\\(srgb ([^)]+)\\)$/.exec(s);
    if (m) { const p = m[1].split(/[ /]+/).filter(Boolean).map(Number); return [p[0] * 255, p[1] * 255, p[2] * 255, p[3] === undefined ? 1 : p[3]]; }
    return [0, 0, 0, 0];
  };
  // Paints a colour (non-premultiplied RGBA) over a layer, source-over.
  const paint = (layer, c) => {
    if (c[3] <= 0) return;
    const a = c[3] + layer[3] * (1 - c[3]);
    for (let i = 0; i < 3; i++) layer[i] = (c[i] * c[3] + layer[i] * layer[3] * (1 - c[3])) / a;
    layer[3] = a;
  };
  // The flat tree: a slotted node's parent is its slot; a shadow root's parent is its host.
  const parentOf = (el) => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  // The colour of one pixel under (or of) the text: every background from the page down to the
  // text's element painted in order, an element with opacity < 1 painted as its own group and
  // composited at that opacity, as the browser does.
  const pixel = (el, text) => {
    const chain = [];
    for (let e = el; e; e = parentOf(e)) chain.unshift(e);
    const stack = [{ layer: [255, 255, 255, 1], opacity: 1 }];
    for (const e of chain) {
      const cs = getComputedStyle(e);
      const opacity = Number(cs.opacity);
      if (opacity < 1) stack.push({ layer: [0, 0, 0, 0], opacity });
      paint(stack[stack.length - 1].layer, parse(cs.backgroundColor));
    }
    if (text) paint(stack[stack.length - 1].layer, parse(getComputedStyle(el).color));
    while (stack.length > 1) { const g = stack.pop(); paint(stack[stack.length - 1].layer, [g.layer[0], g.layer[1], g.layer[2], g.layer[3] * g.opacity]); }
    return stack[0].layer;
  };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const describe = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.hasAttribute('disabled') ? '[disabled]' : '') + (el.hasAttribute('secondary') ? '[secondary]' : '');
  const out = [];
  const seen = new Set();
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const text = t.nodeValue.trim();
      const parent = t.parentElement;
      if (!text || !parent || parent.tagName === 'STYLE' || parent.tagName === 'SCRIPT') continue;
      // SVG text (charts) is drawn with fill, not color: charts take their colours from the theme's chart tokens.
      // Native selects and options are drawn by the browser from the dropdown tokens.
      if (parent.closest('.visually-hidden, option, select, svg')) continue;
      // A child of a shadow host that no slot takes is not drawn.
      if (parent.shadowRoot && !t.assignedSlot) continue;
      const styled = t.assignedSlot || parent;
      const range = document.createRange();
      range.selectNodeContents(t);
      const r = range.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(styled).visibility === 'hidden') continue;
      // Clipped to nothing on purpose (visually hidden, read out only).
      let hidden = false;
      for (let e = styled; e && !hidden; e = parentOf(e)) { const c = getComputedStyle(e).clip; hidden = c !== 'auto' && c !== ''; }
      if (hidden) continue;
      const bg = pixel(styled, false);
      const fg = pixel(styled, true);
      const a = lum(fg), b = lum(bg);
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const where = describe(parent);
      const key = where + '|' + text;
      if (ratio < 4.5 && !seen.has(key)) {
        seen.add(key);
        out.push({ text: text.slice(0, 60), where, color: 'rgb(' + fg.slice(0, 3).map(Math.round).join(', ') + ')', background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')', ratio: Math.round(ratio * 100) / 100 });
      }
    }
  };
  visit(document.body);
  return out;
})()`;

/** What fails on the page (a panel, or the notebook renderer's page: only `page` is used). */
export function contrastProblems(p: Pick<PanelUnderTest, 'page'>): Promise<ContrastProblem[]> {
  return p.page.evaluate(CONTRAST_SCRIPT) as Promise<ContrastProblem[]>;
}
