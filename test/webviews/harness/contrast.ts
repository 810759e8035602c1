// A text contrast check (WCAG 2: 4.5:1 for normal text): every visible piece of text the panel
// draws itself (its own shadow roots and those of aicmo-* components; not the vscode-elements
// library, whose disabled and hover states are the theme's) is measured against the background
// it sits on, alpha composited down to the page. Returns what fails, with its colours.
import type { PanelUnderTest } from './fakeHost';

export interface ContrastProblem {
  text: string;
  where: string;
  color: string;
  background: string;
  ratio: number;
}

// A string: the test runner's transpiler would add helpers to a function's source.
const SCRIPT = `(() => {
  const parse = (s) => {
    let m = /^rgba?\\(([^)]+)\\)$/.exec(s);
    if (m) { const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p[3] === undefined ? 1 : p[3]]; }
    m = /^color\\(srgb ([^)]+)\\)$/.exec(s);
    if (m) { const p = m[1].split(/[ /]+/).filter(Boolean).map(Number); return [p[0] * 255, p[1] * 255, p[2] * 255, p[3] === undefined ? 1 : p[3]]; }
    return [0, 0, 0, 0];
  };
  const over = (top, under) => { const a = top[3]; return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1]; };
  const parentOf = (el) => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  const backgroundOf = (el) => {
    const layers = [];
    for (let e = el; e; e = parentOf(e)) { const c = parse(getComputedStyle(e).backgroundColor); if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
    let bg = [255, 255, 255, 1];
    const last = layers[layers.length - 1];
    if (!last || last[3] < 1) bg = parse(getComputedStyle(document.body).backgroundColor);
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const opacityOf = (el) => { let o = 1; for (let e = el; e; e = parentOf(e)) o *= Number(getComputedStyle(e).opacity); return o; };
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && el.tagName.toLowerCase().startsWith('aicmo-')) visit(el.shadowRoot);
      // SVG text (charts) is drawn with fill, not color: charts take their colours from the theme's chart tokens.
      if (el.closest('[disabled], .visually-hidden, option, select, svg') || el.tagName === 'STYLE') continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.nodeValue.trim()).map((n) => n.nodeValue.trim()).join(' ');
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const bg = backgroundOf(el);
      const fg0 = parse(getComputedStyle(el).color);
      const fg = over([fg0[0], fg0[1], fg0[2], fg0[3] * opacityOf(el)], bg);
      const a = lum(fg), b = lum(bg);
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) out.push({ text: own.slice(0, 60), where: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''), color: getComputedStyle(el).color, background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')', ratio: Math.round(ratio * 100) / 100 });
    }
  };
  for (const host of document.querySelectorAll('body > *')) if (host.shadowRoot) visit(host.shadowRoot);
  return out;
})()`;

export function contrastProblems(p: PanelUnderTest): Promise<ContrastProblem[]> {
  return p.page.evaluate(SCRIPT) as Promise<ContrastProblem[]>;
}
