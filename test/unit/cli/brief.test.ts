// The brief's facts and channel rules: given as flags, validated by the domain, kept in the
// project file (and its dump), and refused with a sentence naming the field.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Project } from '../../../src/orchestrator/domain/project';
import { aicmo, ensureCliBuilt, jsonOf } from './runAicmo';

const ADD = ['project', 'add', '--name', 'Trattoria Lunch', '--industry', 'Restaurant', '--goal', 'Fill lunch tables', '--goal-metric', 'sales', '--audience', 'Office workers nearby', '--budget', '900', '--currency', 'GBP'];

describe('the brief: facts and channel rules', function () {
  this.timeout(120_000);
  let root: string;

  before(() => ensureCliBuilt());
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-brief-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps every brief field given as flags, in the project and its dump', async () => {
    const r = await aicmo([...ADD, '--benefit', 'Pasta made fresh every morning', '--benefit', 'Ready in 10 minutes', '--proof', '4.8 stars from 1,200 reviews', '--language', 'DE', '--language', 'en-gb', '--tone', 'warm', '--landing-url', 'https://example.com/lunch', '--competitor', 'Pasta Palace', '--channel', 'Google Search', '--channel', 'meta', '--exclude-channel', 'tiktok', '--cap', 'meta=60%', '--cap', 'google_search=0.7', '--json'], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const p = jsonOf<Project>(r);
    assert.deepEqual(p.benefits, ['Pasta made fresh every morning', 'Ready in 10 minutes']);
    assert.deepEqual(p.proofPoints, ['4.8 stars from 1,200 reviews']);
    assert.equal(p.offer, undefined, 'no offer given: none');
    assert.deepEqual(p.languages, ['de', 'en-GB']);
    assert.deepEqual(p.allowedChannels, ['google_search', 'meta']);
    assert.deepEqual(p.excludedChannels, ['tiktok']);
    assert.deepEqual(p.channelCaps, { google_search: 0.7, meta: 0.6 });
    const dump = await readFile(path.join(root, '.aicmo', 'projects', 'trattoria-lunch.sql'), 'utf8');
    assert.match(dump, /Pasta made fresh every morning/);
    const shown = jsonOf<Project>(await aicmo(['project', 'show', 'trattoria-lunch', '--json'], { cwd: root }));
    assert.deepEqual(shown.channelCaps, p.channelCaps);

    const updated = jsonOf<Project>(await aicmo(['project', 'update', 'trattoria-lunch', '--cap', 'meta=', '--offer', 'Free dessert with any main', '--json'], { cwd: root }));
    assert.deepEqual(updated.channelCaps, { google_search: 0.7 }, '--cap meta= removes that cap only');
    assert.equal(updated.offer, 'Free dessert with any main');
  });

  it('a project without brief fields has none of them (absent, not empty)', async () => {
    const p = jsonOf<Project>(await aicmo([...ADD, '--json'], { cwd: root }));
    for (const k of ['benefits', 'proofPoints', 'offer', 'languages', 'allowedChannels', 'excludedChannels', 'channelCaps'] as const) assert.equal(k in p, false, k);
  });

  const refusals: Array<[string, string[], RegExp]> = [
    ['an unknown channel', ['--channel', 'carrier pigeon'], /"carrier pigeon" is not a channel AICMO knows/],
    ['a channel both allowed and excluded', ['--channel', 'meta', '--exclude-channel', 'facebook'], /Meta \(Facebook\) is both allowed and excluded/],
    ['caps that cannot hold the budget', ['--channel', 'meta', '--channel', 'google_search', '--cap', 'meta=30%', '--cap', 'google_search=40%'], /add up to 70%, so the budget cannot all be spent/],
    ['a cap above 100%', ['--cap', 'meta=130%'], /cap on Meta \(Facebook\) must be a share above 0% and at most 100%/],
    ['a cap on an excluded channel', ['--exclude-channel', 'meta', '--cap', 'meta=30%'], /Meta \(Facebook\) is excluded, so it cannot have a cap/],
    ['a bad language tag', ['--language', 'german!'], /"german!" is not a language tag/],
    ['a landing URL that is not a web address', ['--landing-url', 'javascript:alert(1)'], /not an http or https address/],
  ];
  for (const [what, flags, pattern] of refusals) {
    it(`refuses ${what} with one sentence, writing nothing`, async () => {
      const r = await aicmo([...ADD, ...flags], { cwd: root });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, pattern);
      const list = jsonOf<unknown[]>(await aicmo(['project', 'list', '--json'], { cwd: root }));
      assert.equal(list.length, 0);
    });
  }
});
