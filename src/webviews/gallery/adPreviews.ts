// Ads shown as ads: a Google search result with one combination of the headlines and
// descriptions Google may show (the caller's "shuffle" picks the next one), a Meta / Instagram
// feed card, an email inbox line with its body, and a post for the other channels, each with the
// violations on the field they concern. Text is rendered as text (Lit escapes it); no images,
// no inline styles.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CreativeView } from '../../protocol/panels/gallery';

type Violation = CreativeView['violations'][number];

export const adPreviewStyles = css`
  .ad { border: 1px solid var(--card-border); border-radius: 6px; padding: 8px 10px; margin: 6px 0; max-width: 640px; }
  .sponsored { font-size: 0.85em; font-weight: 600; }
  .ad-url { font-size: 0.9em; }
  .ad-title { color: var(--vscode-textLink-foreground); font-size: 1.15em; margin: 2px 0; }
  .ad-desc { margin: 2px 0; }
  .feed-head { display: flex; gap: 6px; align-items: baseline; }
  .feed-image { border: 1px dashed var(--card-border); padding: 18px 6px; text-align: center; margin: 6px 0; }
  .feed-foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; border-top: 1px solid var(--card-border); padding-top: 6px; }
  .cta-button { border: 1px solid var(--card-border); border-radius: 4px; padding: 2px 10px; white-space: nowrap; }
  .inbox { display: grid; grid-template-columns: minmax(80px, 20%) 1fr; gap: 8px; border-bottom: 1px solid var(--card-border); padding-bottom: 6px; }
  .inbox .subject { font-weight: 600; }
  .email-body { white-space: pre-wrap; margin-top: 6px; }
  .post-text { white-space: pre-wrap; }
  .assets { margin: 4px 0 0; padding-left: 16px; }
  .assets li.bad { list-style: '⚠ '; }
  .count { font-variant-numeric: tabular-nums; }
  .field-violations { margin: 0; padding-left: 16px; }
  .see-more { font-weight: 600; }
`;

const list = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);
const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const length = (t: string): number => [...t].length;

/** Violations on one field ("headlines[2]") or on the whole list ("headlines"). */
export function violationsOn(c: CreativeView, field: string): Violation[] {
  return c.violations.filter((v) => v.field === field);
}

function violationList(vs: readonly Violation[], field: string): TemplateResult | typeof nothing {
  if (vs.length === 0) return nothing;
  return html`<ul class="field-violations" data-violations-for=${field}>
    ${vs.map((v) => html`<li class=${v.severity === 'error' ? 'error-text' : 'warning-text'}>${v.severity}: ${v.message}</li>`)}
  </ul>`;
}

/** A field's text with its violations under it. */
function fieldBlock(c: CreativeView, field: string, cls: string, text: string): TemplateResult {
  return html`<div class=${cls} data-field=${field}>${text}</div>${violationList(violationsOn(c, field), field)}`;
}

/** Which headlines and descriptions combination `n` shows (Google shows up to 3 and 2). */
export function combination(headlines: readonly string[], descriptions: readonly string[], n: number): { headlines: number[]; descriptions: number[] } {
  const pick = (count: number, take: number): number[] => {
    if (count === 0) return [];
    const k = Math.min(take, count);
    const start = n % count;
    const step = 1 + (Math.floor(n / count) % Math.max(1, count - 1));
    const out: number[] = [];
    for (let i = 0; out.length < k && i < count * 2; i++) {
      const idx = (start + i * step) % count;
      if (!out.includes(idx)) out.push(idx);
    }
    for (let i = 0; out.length < k; i++) if (!out.includes(i)) out.push(i);
    return out;
  };
  return { headlines: pick(headlines.length, 3), descriptions: pick(descriptions.length, 2) };
}

function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#]+)/i.exec(url);
  return m ? m[1]!.replace(/^www\./, '') : url;
}

/** Every item of a list field with its length and its violations (the assets Google combines). */
function assets(c: CreativeView, key: string, label: string, max: number | undefined): TemplateResult | typeof nothing {
  const items = list(c.fields[key]);
  if (items.length === 0 && violationsOn(c, key).length === 0) return nothing;
  return html`<div class="muted">${label} (${items.length})</div>
    ${violationList(violationsOn(c, key), key)}
    <ol class="assets" data-assets=${key}>
      ${items.map((t, i) => {
        const field = `${key}[${i}]`;
        const vs = violationsOn(c, field);
        return html`<li class=${vs.some((v) => v.severity === 'error') ? 'bad' : ''} data-field=${field}>${t} <span class="muted count">${length(t)}${max ? `/${max}` : ''}</span>${violationList(vs, field)}</li>`;
      })}
    </ol>`;
}

export function searchAd(c: CreativeView, n: number, onShuffle: () => void): TemplateResult {
  const headlines = list(c.fields.headlines);
  const descriptions = list(c.fields.descriptions);
  const pick = combination(headlines, descriptions, n);
  const url = one(c.fields.finalUrl);
  const path = [one(c.fields.path1), one(c.fields.path2)].filter((p) => p !== '').join(' › ');
  const headlineMax = c.channel === 'google_demand_gen' ? 40 : 30;
  return html`<div class="ad search-ad" data-preview="search">
      <div class="sponsored">Sponsored</div>
      <div class="ad-url muted" data-field="finalUrl">${url ? hostOf(url) : 'no landing URL'}${path ? ` › ${path}` : ''}</div>
      <div class="ad-title" data-shown="headlines">${pick.headlines.map((i) => headlines[i]!).join(' | ')}</div>
      <div class="ad-desc" data-shown="descriptions">${pick.descriptions.map((i) => descriptions[i]!).join(' ')}</div>
    </div>
    <div class="row">
      <vscode-button secondary class="shuffle" @click=${onShuffle}>Shuffle</vscode-button>
      <span class="muted combination">Combination ${n + 1}: headlines ${pick.headlines.map((i) => i + 1).join(', ')} · descriptions ${pick.descriptions.map((i) => i + 1).join(', ')}. Google combines them; pinning is up to you.</span>
    </div>
    ${violationList(violationsOn(c, 'finalUrl'), 'finalUrl')}
    ${assets(c, 'headlines', 'Headlines', headlineMax)} ${assets(c, 'longHeadlines', 'Long headlines', 90)}
    ${c.fields.longHeadline !== undefined ? html`<div class="muted">Long headline</div>${fieldBlock(c, 'longHeadline', 'ad-desc', one(c.fields.longHeadline))}` : nothing}
    ${assets(c, 'descriptions', 'Descriptions', 90)}
    ${c.fields.businessName !== undefined ? html`<div class="muted">Business name</div>${fieldBlock(c, 'businessName', '', one(c.fields.businessName))}` : nothing}`;
}

export function feedCard(c: CreativeView, brand: string): TemplateResult {
  const primaryKey = c.fields.primaryText !== undefined ? 'primaryText' : 'introText';
  const primary = one(c.fields[primaryKey]);
  const shown = length(primary) > 125 ? `${[...primary].slice(0, 125).join('')}…` : primary;
  return html`<div class="ad feed-card" data-preview="feed">
    <div class="feed-head"><strong>${brand}</strong><span class="muted sponsored">Sponsored</span></div>
    <div class="post-text" data-field=${primaryKey}>${shown}${length(primary) > 125 ? html` <span class="see-more">See more</span>` : nothing}</div>
    ${violationList(violationsOn(c, primaryKey), primaryKey)}
    <div class="feed-image muted">image or video from the brief</div>
    <div class="feed-foot">
      <div>
        ${c.fields.finalUrl !== undefined ? html`<div class="muted ad-url">${hostOf(one(c.fields.finalUrl))}</div>` : nothing}
        ${fieldBlock(c, 'headline', 'headline', one(c.fields.headline))}
        ${c.fields.description !== undefined ? fieldBlock(c, 'description', 'muted', one(c.fields.description)) : nothing}
      </div>
      <span class="cta-button" data-field="cta">${one(c.fields.cta)}</span>
    </div>
    ${violationList(violationsOn(c, 'cta'), 'cta')} ${violationList(violationsOn(c, 'finalUrl'), 'finalUrl')}
  </div>`;
}

export function emailLine(c: CreativeView, brand: string): TemplateResult {
  return html`<div class="ad email" data-preview="email">
    <div class="inbox">
      <strong>${brand}</strong>
      <div><span class="subject" data-field="subject">${one(c.fields.subject)}</span> <span class="muted" data-field="preheader">— ${one(c.fields.preheader)}</span></div>
    </div>
    ${violationList(violationsOn(c, 'subject'), 'subject')} ${violationList(violationsOn(c, 'preheader'), 'preheader')}
    ${fieldBlock(c, 'body', 'email-body', one(c.fields.body))}
    <div class="row"><span class="cta-button" data-field="cta">${one(c.fields.cta)}</span><span class="muted">${one(c.fields.finalUrl)}</span></div>
    ${violationList(violationsOn(c, 'cta'), 'cta')} ${violationList(violationsOn(c, 'finalUrl'), 'finalUrl')}
  </div>`;
}

/** LinkedIn, X, TikTok, YouTube and any other channel: the post text, headline and button. */
export function post(c: CreativeView, brand: string): TemplateResult {
  const textKey = ['introText', 'text', 'adText', 'primaryText'].find((k) => c.fields[k] !== undefined);
  return html`<div class="ad post" data-preview="post">
    <div class="feed-head"><strong>${brand}</strong><span class="muted sponsored">${c.channel === 'youtube' ? 'Ad' : 'Promoted'}</span></div>
    ${textKey ? fieldBlock(c, textKey, 'post-text', one(c.fields[textKey])) : nothing}
    ${c.fields.headline !== undefined ? fieldBlock(c, 'headline', 'headline', one(c.fields.headline)) : nothing}
    ${c.fields.descriptions !== undefined ? assets(c, 'descriptions', 'Description lines', 35) : nothing}
    ${c.fields.cta !== undefined ? html`<span class="cta-button" data-field="cta">${one(c.fields.cta)}</span>${violationList(violationsOn(c, 'cta'), 'cta')}` : nothing}
    ${violationList(violationsOn(c, 'finalUrl'), 'finalUrl')}
  </div>`;
}

const SEARCH_LIKE = new Set(['google_search', 'google_display', 'google_pmax', 'google_demand_gen']);

/** The preview a creative's channel is shown in. */
export function adPreview(c: CreativeView, brand: string, shuffle: number, onShuffle: () => void): TemplateResult {
  if (Object.keys(c.fields).length === 0) return html`<div class="ad muted" data-preview="empty">${c.headline || 'No copy written yet.'} ${c.body}</div>`;
  if (SEARCH_LIKE.has(c.channel) || c.fields.headlines !== undefined) return searchAd(c, shuffle, onShuffle);
  if (c.channel === 'meta' || c.channel === 'instagram') return feedCard(c, brand);
  if (c.channel === 'email' || c.fields.subject !== undefined) return emailLine(c, brand);
  return post(c, brand);
}
