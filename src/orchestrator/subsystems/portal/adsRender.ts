// The pack's "Your approved ads" section: each approved ad laid out as it appears on its channel
// (HTML: a search result, a feed post with its button, an inbox line with the email…; Markdown: the
// same parts as a quote). Every field goes through escapeHtml or escapeMarkdown; nothing is a link
// and nothing is loaded (the pack is sent to clients and opens anywhere).
import { escapeHtml, escapeMarkdown, textLines } from '../common/text';
import type { PackAd, PackAdGroup } from './ads';

const h = escapeHtml;
const md = escapeMarkdown;

export const ADS_HEADING = 'Your approved ads';

export const ADS_STYLE = `.ads{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0 1.5rem}
.ad{flex:1 1 22rem;max-width:38rem;margin:0;border:1px solid #ccc;border-radius:.5rem;padding:.75rem;background:#fff}.ad figcaption{margin-top:.5rem;font-size:.85em;color:#666}
.ad-url{font-size:.9em;color:#1e6b2c}.ad-title{color:#1a0dab;font-size:1.15em;margin:.15rem 0}.sponsored{font-size:.85em;font-weight:600}
.ad-head{display:flex;gap:.5rem;align-items:baseline}.ad-text,.email-body{white-space:pre-wrap;margin:.4rem 0}
.ad-media{border:1px dashed #bbb;color:#666;text-align:center;padding:1.5rem .5rem;margin:.4rem 0;font-size:.9em}
.ad-foot{display:flex;justify-content:space-between;align-items:center;gap:.5rem;border-top:1px solid #ddd;padding-top:.4rem}
.cta{display:inline-block;border:1px solid #999;border-radius:.3rem;padding:.15rem .7rem;background:#f3f3f3;white-space:nowrap}
.inbox{display:grid;grid-template-columns:minmax(5rem,30%) 1fr;gap:.5rem;border-bottom:1px solid #ddd;padding-bottom:.4rem}`;

/** A part of an ad, left out when it is empty (no empty boxes). */
const part = (cls: string, text: string, tag = 'div'): string => (text.trim() === '' ? '' : `<${tag} class="${cls}">${h(text)}</${tag}>`);
const button = (text: string): string => part('cta', text, 'span');

function caption(ad: PackAd): string {
  const words = [ad.format, ad.angle, ...(ad.language ? [ad.language] : []), ad.when].filter((w) => w !== '');
  const more = ad.more.map((m) => `<br><strong>${h(m.label)}:</strong> ${m.items.map(h).join(' · ')}`).join('');
  return `<figcaption>${words.map(h).join(' · ')}${more}</figcaption>`;
}

function adBody(ad: PackAd): string {
  switch (ad.layout) {
    case 'search':
      return `<div class="sponsored">Sponsored</div>${part('ad-url', ad.displayUrl)}${part('ad-title', ad.headlines.join(' | '))}${part('ad-desc', ad.descriptions.join(' '))}`;
    case 'display':
      return `<div class="ad-media">Image from the creative team</div>${part('ad-title', ad.headline)}${part('ad-desc', ad.longHeadline)}${part('muted', ad.description)}<div class="ad-foot"><span><strong>${h(ad.businessName)}</strong> <span class="muted">${h(ad.displayUrl)}</span></span>${button(ad.cta)}</div>`;
    case 'feed':
      return `<div class="ad-head"><strong>${h(ad.page)}</strong><span class="muted sponsored">Sponsored</span></div>${part('ad-text', ad.text)}<div class="ad-media">Image or video from the creative team</div><div class="ad-foot"><div>${part('muted ad-url', ad.displayUrl)}${part('ad-headline', ad.headline, 'strong')}${part('muted', ad.description)}</div>${button(ad.cta)}</div>`;
    case 'video':
      return `<div class="ad-media">Video from the creative team</div>${part('ad-title', ad.headline)}${ad.lines.map((l) => part('ad-desc', l)).join('')}<div class="ad-head"><strong>${h(ad.page)}</strong><span class="muted sponsored">Ad · ${h(ad.displayUrl)}</span></div>`;
    case 'email':
      return `<div class="inbox"><strong>${h(ad.from)}</strong><div>${part('ad-subject', ad.subject, 'strong')} ${part('muted', ad.preheader ? `— ${ad.preheader}` : '', 'span')}</div></div>${part('email-body', ad.body)}<div class="ad-foot">${button(ad.cta)}${part('muted', ad.link, 'span')}</div>`;
    case 'post':
      return `<div class="ad-head"><strong>${h(ad.page)}</strong><span class="muted sponsored">Promoted</span></div>${ad.video ? '<div class="ad-media">Video from the creative team</div>' : ''}${part('ad-text', ad.text)}${ad.cta || ad.displayUrl ? `<div class="ad-foot">${part('muted', ad.displayUrl, 'span')}${button(ad.cta)}</div>` : ''}`;
  }
}

export function adsHtml(groups: readonly PackAdGroup[]): string {
  const parts = [`<h2>${h(ADS_HEADING)}</h2>`];
  if (groups.length === 0) return [...parts, '<p>No ads are approved yet: once you approve one, it is shown here as your customers will see it.</p>'].join('\n');
  parts.push('<p class="muted">Each approved ad as it will appear on its channel. Images and videos are made by the creative team and are not shown here.</p>');
  for (const g of groups) {
    parts.push(`<section class="ad-channel"><h3>${h(g.channel)}</h3>\n<div class="ads">`);
    for (const ad of g.ads) parts.push(`<figure class="ad ad-${ad.layout}">${adBody(ad)}${caption(ad)}</figure>`);
    parts.push('</div></section>');
  }
  return parts.join('\n');
}

/** Text of several lines as a Markdown quote, each line escaped. */
const quote = (text: string): string[] => textLines(text).map((l) => (l.trim() === '' ? '>' : `> ${md(l)}`));

function adLines(ad: PackAd): string[] {
  switch (ad.layout) {
    case 'search':
      return ['> Sponsored', ...(ad.displayUrl ? [`> ${md(ad.displayUrl)}`] : []), `> **${md(ad.headlines.join(' | '))}**`, ...(ad.descriptions.length ? [`> ${md(ad.descriptions.join(' '))}`] : [])];
    case 'display':
      return [`> **${md(ad.headline)}**`, ...(ad.longHeadline ? [`> ${md(ad.longHeadline)}`] : []), ...(ad.description ? [`> ${md(ad.description)}`] : []), `> ${md(ad.businessName)}${ad.displayUrl ? ` · ${md(ad.displayUrl)}` : ''}${ad.cta ? ` · \\[${md(ad.cta)}\\]` : ''}`];
    case 'feed':
      return [`> **${md(ad.page)}** · Sponsored`, ...(ad.text ? quote(ad.text) : []), `> ${[md(ad.displayUrl), ad.headline ? `**${md(ad.headline)}**` : '', md(ad.description), ad.cta ? `\\[${md(ad.cta)}\\]` : ''].filter(Boolean).join(' · ')}`];
    case 'video':
      return [`> **${md(ad.headline)}**`, ...ad.lines.map((l) => `> ${md(l)}`), `> ${md(ad.page)} · Ad${ad.displayUrl ? ` · ${md(ad.displayUrl)}` : ''}`];
    case 'email':
      return [`> From: **${md(ad.from)}**`, `> Subject: **${md(ad.subject)}**`, ...(ad.preheader ? [`> Preview: ${md(ad.preheader)}`] : []), '>', ...quote(ad.body), ...(ad.cta ? ['>', `> \\[${md(ad.cta)}\\]${ad.link ? ` ${md(ad.link)}` : ''}`] : [])];
    case 'post':
      return [`> **${md(ad.page)}** · Promoted`, ...quote(ad.text), ...(ad.cta || ad.displayUrl ? [`> ${[ad.displayUrl ? md(ad.displayUrl) : '', ad.cta ? `\\[${md(ad.cta)}\\]` : ''].filter(Boolean).join(' · ')}`] : [])];
  }
}

/** Quote lines that each stay on their own line (a backslash at the end is a hard line break). */
function hardBreaks(lines: readonly string[]): string[] {
  return lines.map((l, i) => (l !== '>' && i + 1 < lines.length && lines[i + 1] !== '>' ? `${l}\\` : l));
}

export function adsMarkdown(groups: readonly PackAdGroup[]): string[] {
  const out = [`## ${ADS_HEADING}`, ''];
  if (groups.length === 0) return [...out, 'No ads are approved yet: once you approve one, it is shown here as your customers will see it.'];
  out.push('Each approved ad as it will appear on its channel. Images and videos are made by the creative team and are not shown here.', '');
  for (const g of groups) {
    out.push(`### ${md(g.channel)}`, '');
    for (const ad of g.ads) {
      out.push(`*${[ad.format, ad.angle, ...(ad.language ? [ad.language] : []), ad.when].map(md).join(' · ')}*`, '', ...hardBreaks(adLines(ad)), '');
      for (const m of ad.more) out.push(`${md(m.label)}: ${m.items.map(md).join(' · ')}`, '');
    }
  }
  return out.slice(0, -1);
}
