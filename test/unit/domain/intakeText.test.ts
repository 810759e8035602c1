// Intake texts are typed by people (CLI flags, the New Project steps, batch files): a control
// character, a line break, an invisible U+FEFF or a broken (lone-surrogate) character makes no
// sense in them and is refused with one sentence naming the field; every text has a sane length.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AicmoError } from '../../../src/orchestrator/domain/errors';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';
import { applyProjectPatch, INTAKE_TEXT_LIMITS, validateIntake } from '../../../src/orchestrator/domain/projectRules';
import { aicmo, ensureCliBuilt } from '../cli/runAicmo';
import { intake } from '../store/helpers';

function refused(over: Partial<ProjectIntake>, field: string, message: RegExp): void {
  assert.throws(() => validateIntake(intake(over)), (e: unknown) => {
    assert.ok(e instanceof AicmoError, String(e));
    assert.equal(e.code, 'invalid-input');
    assert.equal(e.field, field, e.message);
    assert.match(e.message, message);
    assert.equal(e.message.split('\n').length, 1);
    return true;
  });
}

describe('intake texts', () => {
  it('refuses control characters, line breaks, U+FEFF and lone surrogates, naming the field and where', () => {
    refused({ name: 'Acme\u0000 Spring' }, 'name', /^The project name contains a control character \(U\+0000\) at character 5; remove it\.$/);
    refused({ name: 'Acme\u001b[31m' }, 'name', /control character \(U\+001B\) at character 5/);
    refused({ client: 'Acme\tLtd' }, 'client', /^The client contains a control character \(U\+0009\) at character 5; remove it\.$/);
    refused({ goal: 'Sell\rmore' }, 'goal', /^The goal contains a line break \(U\+000D\) at character 5; intake texts are single lines\.$/);
    refused({ product: 'x\u2028y' }, 'product', /line break \(U\+2028\)/);
    refused({ industry: '\u0085Retail' }, 'industry', /line break \(U\+0085\) at character 1/);
    refused({ brand: '\ufeffAcme' }, 'brand', /^The brand contains an invisible U\+FEFF at character 1; remove it\.$/);
    refused({ geography: 'UK\ud800' }, 'geography', /^The geography contains a broken character \(a lone UTF-16 surrogate, U\+D800\) at character 3\.$/);
    refused({ audiences: ['Hikers', 'Runners\n# heading'] }, 'audiences', /^Entry 2 of audiences contains a line break \(U\+000A\) at character 8; intake texts are single lines\.$/);
    refused({ doNotDo: ['\u0007'] }, 'doNotDo', /Entry 1 of doNotDo contains a control character \(U\+0007\)/);
    refused({ benefits: ['Fresh\u0000'] }, 'benefits', /Entry 1 of benefits contains a control character/);
    refused({ offer: '10% off\u0000' }, 'offer', /The offer contains a control character/);
    refused({ landingUrl: 'https://example.com/\u0000' }, 'landingUrl', /The landingUrl contains a control character/);
    refused({ kpiTargets: { 'cpa\u0000': 4 } }, 'kpiTargets', /The KPI name "cpa\?" contains a control character \(U\+0000\)/);
    // Astral characters, accents and emoji are text like any other.
    validateIntake(intake({ name: 'Café 😀 𝕏 — Spring', audiences: ['Mütter 25–45'] }));
  });

  it('gives every single-line text a sane length', () => {
    for (const [field, max] of Object.entries(INTAKE_TEXT_LIMITS)) {
      const over = field === 'landingUrl' ? `https://example.com/${'a'.repeat(max)}` : 'a'.repeat(max + 1);
      const value = ['audiences', 'constraints', 'mustInclude', 'doNotDo', 'benefits', 'proofPoints', 'competitors'].includes(field) ? [over] : over;
      assert.throws(() => validateIntake(intake({ [field]: value } as Partial<ProjectIntake>)), (e: unknown) => {
        assert.ok(e instanceof AicmoError && e.field === field, `${field}: ${String(e)}`);
        assert.match(e.message, new RegExp(`keep it to ${max.toLocaleString('en')}`));
        return true;
      });
    }
    refused({ audiences: Array.from({ length: 101 }, (_, i) => `a${i}`) }, 'audiences', /^audiences has 101 entries; keep it to 100\.$/);
  });

  it('checks a patch the same way', () => {
    const current = { ...intake(), lifecycle: 'active' };
    assert.throws(() => applyProjectPatch(current, { name: 'New\u0000name' }), /The project name contains a control character/);
  });

  it('the CLI refuses a NUL in a batch line with the sentence, and writes nothing', async function () {
    this.timeout(60_000);
    ensureCliBuilt();
    const root = await mkdtemp(path.join(tmpdir(), 'aicmo-intake-'));
    try {
      const file = path.join(root, 'batch.jsonl');
      await writeFile(file, `${JSON.stringify(['project', 'add', '--name', 'Acme\u0000', '--industry', 'Retail', '--goal', 'Sell', '--goal-metric', 'sales', '--audience', 'Hikers', '--budget', '100', '--currency', 'USD'])}\n`);
      const r = await aicmo(['batch', file, '--json'], { cwd: root });
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { results: { error?: string }[] };
      assert.match(out.results[0]!.error ?? '', /^aicmo: The project name contains a control character \(U\+0000\) at character 5; remove it\.$/);
      const list = await aicmo(['project', 'list', '--json'], { cwd: root });
      assert.deepEqual(JSON.parse(list.stdout), []);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
