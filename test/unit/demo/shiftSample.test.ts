// The demo's samples moved into the flights: every date moved by the same days, nothing else.
import assert from 'node:assert/strict';
import { datesIn, shiftDays, shiftSampleText } from '../../../src/orchestrator/demo/shiftSample';

describe('demo samples moved into the flight', () => {
  const ads = 'Campaign report\n"October 1, 2026 - October 21, 2026"\nDay,Campaign,Cost\n2026-10-01,Search - Brand,211.86\n2026-10-21,Search - Brand,"1,556.00"\n';

  it('moves every ISO date and the range line by the same days, leaving every figure as it was', () => {
    const moved = shiftSampleText(ads, 41);
    assert.equal(moved, 'Campaign report\n"November 11, 2026 - December 1, 2026"\nDay,Campaign,Cost\n2026-11-11,Search - Brand,211.86\n2026-12-01,Search - Brand,"1,556.00"\n');
    assert.equal(shiftSampleText(ads, 0), ads);
  });

  it('starts the sample on the flight start, but never dates a result today or later', () => {
    const span = datesIn(ads)!;
    assert.deepEqual(span, { first: '2026-10-01', last: '2026-10-21' });
    assert.equal(shiftDays(span, '2026-11-11', '2026-12-02'), 41);
    // A flight that started a week ago: the sample would run into the future, so it ends yesterday.
    assert.equal(shiftDays(span, '2026-11-25', '2026-12-02'), 41);
    assert.equal(datesIn('no dates here'), undefined);
  });
});
