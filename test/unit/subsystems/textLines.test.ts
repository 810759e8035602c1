// Where text becomes lines: a lone CR (or \v, \f, NEL, U+2028, U+2029) in an intake field must
// not start a heading or a list in the Markdown review pack, rendered as VS Code and GitHub would
// (markdown-it, HTML allowed).
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, singleLine, textLines } from '../../../src/orchestrator/subsystems/common/text';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import { portalSubsystem } from '../../../src/orchestrator/subsystems/portal';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import { b2bSaasLeads, input, run } from './fixtures';

const BREAKS = ['\r', '\n', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029'];
const md = new MarkdownIt({ html: true });

async function pack(over: Parameters<typeof b2bSaasLeads>[0], comment: string) {
  const project = b2bSaasLeads(over);
  const strategy = (await run(strategySubsystem, project)).content;
  const media = (await run(mediaSubsystem, project, { inputs: { strategy: input('strategy', strategy) } })).content;
  const history = [{ id: 'a1', at: '2026-09-01T10:00:00.000Z', actor: { name: 'Kim', kind: 'client' as const }, action: 'request_changes' as const, target: { kind: 'strategy', id: 'strategy', label: 'Strategy v1' }, comment }];
  return (await run(portalSubsystem, project, { inputs: { strategy: input('strategy', strategy, 'in_review', 2), media: input('media', media, 'draft') }, data: { actionHistory: () => history } })).content.reviewPack.markdown;
}

const structure = (html: string) => ({ headings: (html.match(/<h[1-6]>/g) ?? []).length, items: (html.match(/<li>/g) ?? []).length, quotes: (html.match(/<blockquote>/g) ?? []).length, rules: (html.match(/<hr>/g) ?? []).length });

describe('text that becomes lines', () => {
  it('splits and joins on every line break, not only \\n', () => {
    assert.deepEqual(textLines(`a${BREAKS.join('b')}`), ['a', 'b', 'b', 'b', 'b', 'b', 'b', 'b', '']);
    assert.equal(singleLine(`a${BREAKS.join('b')}\u0000c`), 'a b b b b b b b  c');
    for (const lead of ['# h', '- item', '+ item', '1. item', '2) item', '> quote', '=== ', '---', '***']) {
      const html = md.render(escapeMarkdown(lead));
      assert.match(html, /^<p>/, `${lead} → ${html}`);
    }
  });

  it('a line break in an intake field or a comment injects no heading, list, quote or rule into the Markdown pack', async () => {
    const withBreak = (br: string) => {
      const evil = (s: string) => `${s}${br}# Injected${br}- injected item${br}> quoted${br}---${br}`;
      return pack({ name: evil('Pipeline Q3'), goal: evil('Win'), audiences: [evil('Ops leads')], product: evil('Product') }, evil('Lead with the demo'));
    };
    // The same texts with spaces where the breaks are: the pack's own structure.
    const plain = structure(md.render(await withBreak(' ')));
    for (const br of BREAKS) {
      const html = md.render(await withBreak(br));
      assert.deepEqual(structure(html), plain, `line break ${JSON.stringify(br)}`);
      assert.doesNotMatch(html, /<h1>Injected|<li>injected|<hr>/);
    }
  });
});
