// The campaign notebook file: strict parsing (each bad file is one sentence naming the problem),
// deterministic writing, and the cells every registered subsystem gets.
import assert from 'node:assert/strict';
import { newCampaignNotebook, parseCampaignNotebook, serializeCampaignNotebook, withEverySubsystem } from '../../../src/orchestrator/notebook';
import { subsystems } from '../../../src/orchestrator/subsystems';

const bytes = (s: string) => new TextEncoder().encode(s);
const names = subsystems.map((s) => s.name);

describe('campaign notebook file', () => {
  it('round-trips the cells and the project, byte for byte', () => {
    const nb = newCampaignNotebook({ id: 'p_1', slug: 'acme' }, names);
    nb.cells.splice(2, 0, { kind: 'markdown', text: '## Client call\n- wants *more* video <b>now</b>' });
    const first = serializeCampaignNotebook(nb);
    const again = serializeCampaignNotebook(parseCampaignNotebook(first));
    assert.deepEqual(again, first);
    assert.deepEqual(parseCampaignNotebook(first).cells.map((c) => c.kind), ['brief', 'subsystem', 'markdown', ...names.slice(1).map(() => 'subsystem')]);
    assert.match(new TextDecoder().decode(first), /^\{\n {2}"format": "aicmo-campaign-notebook",\n {2}"version": 1,/);
  });

  it('refuses a bad file with one sentence naming the problem', () => {
    const ok = JSON.parse(new TextDecoder().decode(serializeCampaignNotebook(newCampaignNotebook({ id: 'p_1', slug: 'acme' }, names))));
    const cases: [string, RegExp][] = [
      ['', /^acme\.campaign is empty; open the project with "AICMO: Open Campaign Notebook" to make its notebook\.$/],
      ['{\n  "format": "aicmo-campaign-notebook",\n  oops\n}', /^acme\.campaign cannot be read: it is not JSON \(line 3\); it was left as it is\.$/],
      [JSON.stringify({ ...ok, format: 'jupyter' }), /^acme\.campaign is not a campaign notebook AICMO can read: format: .*; it was left as it is\.$/],
      [JSON.stringify({ ...ok, version: 2 }), /version: /],
      [JSON.stringify({ ...ok, cells: [{ kind: 'code', source: 'rm -rf /' }] }), /cells\.0\.kind: /],
      [JSON.stringify({ ...ok, cells: [{ kind: 'brief', outputs: [] }] }), /cells\.0\.outputs: /],
      [JSON.stringify({ ...ok, outputs: {} }), /outputs: /],
      [JSON.stringify({ ...ok, project: { slug: 'acme' } }), /project\.id: /],
    ];
    for (const [text, expected] of cases) {
      assert.throws(() => parseCampaignNotebook(bytes(text), 'acme.campaign'), (e: Error) => {
        assert.match(e.message, expected, text);
        assert.equal(e.message.split('. ').length <= 2, true, `one sentence: ${e.message}`);
        return true;
      });
    }
  });

  it('puts back a missing subsystem cell after the cells that run before it, keeping the notes in their order', () => {
    const cells = withEverySubsystem([{ kind: 'brief' }, { kind: 'subsystem', name: 'strategy' }, { kind: 'markdown', text: 'note' }, { kind: 'subsystem', name: 'portal' }], [...subsystems, { name: 'seo', needs: ['strategy'] } as never]);
    assert.deepEqual(cells.map((c) => (c.kind === 'subsystem' ? c.name : c.kind)), ['brief', 'strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'markdown', 'portal', 'seo']);
  });
});
