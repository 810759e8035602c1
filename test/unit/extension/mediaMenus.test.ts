// The tree's media plan node offers Approve inline and the three decisions in its context menu
// exactly while the plan waits for a decision (in review or draft), and every artifact node that
// exists still opens inline: package.json's `viewItem` patterns against the context values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { artifactContextValue } from '../../../src/extension/tree/artifactContext';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { contributes: { menus: Record<string, { command: string; when?: string; group?: string }[]> } };
const items = pkg.contributes.menus['view/item/context']!;

/** The commands the menu shows on a node with this context value (the `viewItem =~ /…/` and `==` parts of each when clause). */
function shown(contextValue: string, inline: boolean): string[] {
  return items
    .filter((i) => (i.group ?? '').startsWith('inline') === inline)
    .filter((i) => {
      const when = i.when ?? '';
      const patterns = [...when.matchAll(/viewItem =~ \/(.+?)\/(?= |$)/g)].map((m) => new RegExp(m[1]!));
      const equals = [...when.matchAll(/viewItem == (\S+)/g)].map((m) => m[1]);
      return patterns.every((r) => r.test(contextValue)) && equals.every((e) => e === contextValue) && (patterns.length > 0 || equals.length > 0);
    })
    .map((i) => i.command);
}

describe('the media plan node in the Projects tree', () => {
  it('offers Approve inline and the three decisions while the plan is in review or a draft', () => {
    for (const status of ['in_review', 'draft']) {
      const cv = artifactContextValue({ name: 'media', status });
      assert.deepEqual(shown(cv, true).sort(), ['aicmo.approveMediaPlan', 'aicmo.openArtifact'], status);
      assert.deepEqual(shown(cv, false).sort(), ['aicmo.approveMediaPlan', 'aicmo.rejectMediaPlan', 'aicmo.requestMediaPlanChanges'], status);
    }
  });

  it('offers no decision once decided, nor on other artifacts; missing artifacts do not open', () => {
    for (const [name, status] of [['media', 'approved'], ['media', 'stale'], ['media', 'changes_requested'], ['strategy', 'in_review']] as const) {
      const cv = artifactContextValue({ name, status });
      assert.deepEqual(shown(cv, true), ['aicmo.openArtifact'], `${name} ${status}`);
      assert.deepEqual(shown(cv, false), [], `${name} ${status}`);
    }
    assert.deepEqual(shown(artifactContextValue({ name: 'media', status: 'missing' }), true), []);
  });
});
