// What a change request's reason asks for, clause by clause (the strategy applies these).
import assert from 'node:assert/strict';
import { readDirectives } from '../../../src/orchestrator/subsystems/strategy/changeRequests';

describe('strategy: reading change requests', () => {
  const CASES: [string, string[]][] = [
    ['Focus more on emergency appointments', ['emphasise:emergency appointments']],
    ['Please put sustainability first.', ['emphasise:sustainability']],
    ['Lead with the free trial', ['emphasise:free trial']],
    ['Less about price', ['deemphasise:price']],
    ['Add a pillar about loyalty', ['add:loyalty']],
    ['Drop the influencer pillar', ['remove:influencer(pillars)']],
    ["Don't mention competitors", ['remove:competitors']],
    ['No TikTok, and more on search', ['channel:exclude:tiktok', 'channel:more:google_search']],
    ['Remove paid social', ['channel:exclude:meta,instagram,linkedin,x,tiktok']],
    ['Add the risk of a product recall', ['risk:product recall']],
    ['Consider a brand-safety risk', ['risk:brand-safety']],
    ['Too long. Simplify it', ['shorter', 'shorter']],
    ['The budget should be £1,500', ['brief:budget']],
    ['CPL target should be 100', ['brief:kpiTargets']],
    ['Launch later, in March', ['brief:dates']],
    ['Wrong audience', ['brief:audiences']],
    ['Tone is too salesy', ['brief:tone']],
    ['The vibe is off', ['unreadable']],
  ];
  for (const [reason, expected] of CASES) {
    it(`"${reason}" → ${expected.join(' + ')}`, () => {
      const got = readDirectives(reason).map((d) => {
        switch (d.kind) {
          case 'channel':
            return `channel:${d.verb}:${d.channels.join(',')}`;
          case 'brief':
            return `brief:${d.field}`;
          case 'shorter':
          case 'unreadable':
            return d.kind;
          case 'remove':
            return `remove:${d.topic}${d.scope ? `(${d.scope})` : ''}`;
          default:
            return `${d.kind}:${d.topic}`;
        }
      });
      assert.deepEqual(got, expected);
    });
  }
});
