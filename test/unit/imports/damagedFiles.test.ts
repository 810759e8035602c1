// Damaged CSVs are refused, not read as if whole (issue 10 item 5): each case goes through the
// real import into a real workspace, is refused with `line N: reason` naming the file, and leaves
// every store file byte-for-byte as it was.
import assert from 'node:assert/strict';
import { importMetricsFile, importTrendsFile } from '../../../src/orchestrator/imports';
import type { LineError } from '../../../src/orchestrator/imports/types';
import { importLeadsFile } from '../../../src/orchestrator/leads';
import { fixture, sampleFile } from './helpers';
import { PROJECT, assertSameFiles, importWorkspace, rejection, type ImportWorkspace } from './workspace';

type Importer = 'metrics' | 'trends' | 'leads';

interface DamagedCase {
  name: string;
  importer: Importer;
  file: () => string | Buffer;
  /** Every line the refusal must list, with what its reason must say. */
  lines: Array<[number, RegExp]>;
}

const lines = (name: string): string[] => sampleFile(name).split('\n');
const googleAds = () => lines('google-ads-campaign-daily.csv');
const generic = () => lines('generic-metrics.csv');
const trends = () => lines('google-trends.csv');
const meta = () => lines('meta-ads-daily.csv');
/** Replaces line `n` (1-based) of `all` by `f(line)`. */
const edit = (all: string[], n: number, f: (line: string) => string): string => all.map((l, i) => (i === n - 1 ? f(l) : l)).join('\n');
const GENERIC_HEADER = 'date,channel,campaign,spend,impressions,clicks,conversions,revenue,currency';

const CASES: DamagedCase[] = [
  {
    name: 'a stray quote that would swallow the rest of a Google Ads export',
    importer: 'metrics',
    file: () => edit(googleAds(), 10, (l) => l.replace(',Search - Brand,', ',"Search - Brand,')),
    lines: [[10, /^a quoted cell opens here .*\(a stray "/]],
  },
  {
    name: 'a stray quote in a generic sheet',
    importer: 'metrics',
    file: () => edit(generic(), 7, (l) => l.replace(',Newsletter Q4', ',"Newsletter Q4')),
    lines: [[7, /a quoted cell opens here and is never closed/]],
  },
  {
    name: 'text after a closing quote',
    importer: 'metrics',
    file: () => edit(generic(), 5, (l) => l.replace('Newsletter Q4', '"Newsletter" Q4')),
    lines: [[5, /^a quoted cell opens here and text follows its closing quote/]],
  },
  {
    name: 'a Google Ads export cut in the middle of a row',
    importer: 'metrics',
    file: () => [...googleAds().slice(0, 30), '2026-10-10,Search - Generic,Search,USD'].join('\n'),
    lines: [[31, /^4 cells where the header \(line 3\) has 14/]],
  },
  {
    name: 'a generic sheet cut in the middle of a row',
    importer: 'metrics',
    file: () => [...generic().slice(0, 10), '2026-10-05,email,Newsl'].join('\n'),
    lines: [[11, /^3 cells where the header \(line 1\) has 8/]],
  },
  {
    name: 'a cell with an unquoted comma (one cell too many)',
    importer: 'metrics',
    file: () => edit(generic(), 6, (l) => l.replace('Newsletter Q4', 'Newsletter, Q4')),
    lines: [[6, /^9 cells where the header \(line 1\) has 8/]],
  },
  {
    name: 'a Google Ads export cut short at a line end, without its Total rows (17 of 63 rows)',
    importer: 'metrics',
    file: () => `${googleAds().slice(0, 20).join('\n')}\n`,
    lines: [[2, /report covers October 1, 2026 - October 21, 2026 but its rows end on 2026-10-06.*cut short/]],
  },
  {
    name: 'a Google Ads row dated outside the report’s stated date range',
    importer: 'metrics',
    file: () => edit(googleAds(), 66, (l) => l.replace('2026-10-21', '2026-10-22')),
    lines: [[66, /Day 2026-10-22 is outside the report's date range \(October 1, 2026 - October 21, 2026, line 2\)/]],
  },
  {
    name: 'figures too large or too precise to store exactly, and scientific notation',
    importer: 'metrics',
    file: () =>
      [
        GENERIC_HEADER,
        '2026-10-01,email,A,9007199254740993.01,10,1,1,1,USD',
        '2026-10-02,email,A,1,9007199254740993.01,1,1,1,USD',
        '2026-10-03,email,A,1,9007199254740993,1,1,1,USD',
        '2026-10-04,email,A,1,10,1,9007199254740993.01,1,USD',
        '2026-10-05,email,A,1,100000000000000000000000,1,1,1,USD',
        '2026-10-06,email,A,1,1e23,1,1,1,USD',
        '2026-10-07,email,A,1,10,1,1,1E+23,USD',
      ].join('\n'),
    lines: [
      [2, /^spend is "9007199254740993\.01", more than AICMO can store exactly/],
      [3, /^impressions is "9007199254740993\.01", not a whole number/],
      [4, /^impressions is "9007199254740993", more than AICMO can store exactly/],
      [5, /^conversions is "9007199254740993\.01", more than AICMO can store exactly/],
      [6, /^impressions is "100000000000000000000000", more than AICMO can store exactly/],
      [7, /^impressions is "1e23", in scientific notation/],
      [8, /^revenue is "1E\+23", in scientific notation/],
    ],
  },
  {
    name: 'figures each storable whose file total is not (a sum past 2^53)',
    importer: 'metrics',
    file: () => [GENERIC_HEADER, '2026-10-01,email,A,1,5000000000000000,1,1,1,USD', '2026-10-02,email,A,1,10,1,0007.50,1,USD', '2026-10-03,email,A,1,5000000000000000,1,1,1,USD'].join('\n'),
    lines: [[4, /^the file's impressions add up to more than AICMO can count exactly by this row/]],
  },
  {
    name: 'a quoted cell spanning lines where a figure or a currency belongs (the reason stays on one line)',
    importer: 'metrics',
    file: () => [GENERIC_HEADER, '2026-10-01,email,A,1,10,1,1,1,USD', '2026-10-02,email,A,"12', '34",10,1,1,1,USD', `2026-10-03,email,A,1,10,1,1,1,"${'U'.repeat(70)}`, 'SD"'].join('\n'),
    lines: [
      [3, /^spend is "12\\n34", not a number$/],
      [5, /^currency "U{59}…" is not an ISO 4217 currency$/],
    ],
  },
  {
    name: 'bytes that are not UTF-8 (a Windows-1252 "é")',
    importer: 'metrics',
    file: () => Buffer.concat([Buffer.from(`${GENERIC_HEADER}\n2026-10-01,email,A,1,10,1,1,1,USD\n2026-10-02,email,Caf`), Buffer.from([0xe9]), Buffer.from(',1,10,1,1,1,USD\n')]),
    lines: [[3, /byte 0xE9 is not UTF-8/]],
  },
  {
    name: 'a NUL byte in a cell',
    importer: 'metrics',
    file: () => edit(generic(), 4, (l) => l.replace('Newsletter', 'News\u0000letter')),
    lines: [[4, /control character U\+0000/]],
  },
  {
    name: 'a carriage return without a line feed',
    importer: 'metrics',
    file: () => edit(generic(), 2, (l) => l.replace('Newsletter Q4', 'Newsletter\rQ4')),
    lines: [[2, /carriage return without a line feed/]],
  },
  {
    name: 'year 9999 in a Google Ads export',
    importer: 'metrics',
    file: () => edit(googleAds(), 4, (l) => l.replace('2026-10-01', '9999-10-01')),
    lines: [[4, /^Day "9999-10-01" is outside the years 2000 to 2099/]],
  },
  {
    name: 'year 9999 in a Meta export',
    importer: 'metrics',
    file: () => edit(meta(), 3, (l) => l.replaceAll('2026-10-01', '9999-10-01')),
    lines: [[3, /^Reporting starts "9999-10-01" is outside the years 2000 to 2099/]],
  },
  {
    name: 'year 9999 in a generic sheet',
    importer: 'metrics',
    file: () => `${GENERIC_HEADER}\n9999-10-01,email,A,1,10,1,1,1,USD\n`,
    lines: [[2, /^date "9999-10-01" is outside the years 2000 to 2099/]],
  },
  {
    name: 'year 9999 in a Trends export',
    importer: 'trends',
    file: () => edit(trends(), 5, (l) => l.replace('2025-11-09', '9999-11-09')),
    lines: [[5, /^Week "9999-11-09" is outside the years 2000 to 2099/]],
  },
  {
    name: 'a Trends export with the same week twice',
    importer: 'trends',
    file: () => {
      const all = trends();
      return [...all.slice(0, 10), all[9]!, ...all.slice(10)].join('\n');
    },
    lines: [[11, /^Week 2025-12-14 appears twice \(also on line 10\)/]],
  },
  {
    name: 'a leads file with a stray quote',
    importer: 'leads',
    file: () => 'name,company,email,role,source\nAda,"Analytical,ada@x.test,CTO,webinar\nGrace,Navy,grace@navy.test,Admiral,referral\n',
    lines: [[2, /a quoted cell opens here and is never closed/]],
  },
  {
    name: 'a leads file cut in the middle of its last row',
    importer: 'leads',
    file: () => 'name,company,email,role,source\nAda,Analytical,ada@x.test,CTO,webinar\nGrace,Navy,grace@navy.test,Adm',
    lines: [[3, /^4 cells where the header \(line 1\) has 5/]],
  },
  {
    name: 'a leads file that is not UTF-8',
    importer: 'leads',
    file: () => Buffer.concat([Buffer.from('name,email\nAda,ada@x.test\nRen'), Buffer.from([0xe9]), Buffer.from(',rene@x.test\n')]),
    lines: [[3, /byte 0xE9 is not UTF-8/]],
  },
  {
    name: 'a leads file with a NUL byte',
    importer: 'leads',
    file: () => 'name,email\nAda\u0000,ada@x.test\n',
    lines: [[2, /control character U\+0000/]],
  },
];

function run(ws: ImportWorkspace, importer: Importer, file: string): Promise<unknown> {
  if (importer === 'trends') return importTrendsFile(ws.store, PROJECT, file);
  if (importer === 'leads') return importLeadsFile(ws.store, PROJECT, file);
  return importMetricsFile(ws.store, PROJECT, file);
}

describe('imports: damaged files are refused with their lines, and nothing is written', function () {
  this.timeout(30_000);
  let ws: ImportWorkspace;
  before(async () => {
    ws = await importWorkspace();
  });
  after(() => ws.close());

  for (const c of CASES) {
    it(c.name, async () => {
      const file = ws.write(`damaged-${c.importer}.csv`, c.file());
      const before = ws.snapshot();
      const e = await rejection(run(ws, c.importer, file));
      assert.equal(e.code, 'import-rejected', e.message);
      const [head, ...listed] = e.message.split('\n');
      assert.match(head!, new RegExp(`^damaged-${c.importer}\\.csv was not imported.*nothing was written\\.$`));
      const errors = (e.details as { errors: LineError[] }).errors;
      assert.deepEqual(
        errors.map((x) => x.line),
        c.lines.map(([line]) => line),
        e.message,
      );
      c.lines.forEach(([line, reason], i) => {
        assert.match(errors[i]!.reason, reason, `line ${line}: ${errors[i]!.reason}`);
        assert.equal(listed[i], `line ${line}: ${errors[i]!.reason}`);
      });
      assertSameFiles(before, ws.snapshot());
    });
  }
});

describe('imports: what is not damage is still read', function () {
  this.timeout(30_000);
  let ws: ImportWorkspace;
  beforeEach(async () => {
    ws = await importWorkspace();
  });
  afterEach(() => ws.close());

  const accepted: Array<[string, () => string | Buffer, number]> = [
    ['a Google Ads export without Total rows whose rows reach the stated range', () => `${googleAds().slice(0, 66).join('\n')}\n`, 63],
    ['a Google Ads export without a date-range line (nothing to check it against)', () => `${[googleAds()[0], ...googleAds().slice(2, 20)].join('\n')}\n`, 17],
    ['trailing empty cells past the header (a spreadsheet’s extra delimiters)', () => generic().map((l, i) => (i === 3 ? `${l},,` : l)).join('\n'), 28],
    ['a file mixing CRLF and LF line ends', () => generic().map((l, i) => (l && i % 2 ? `${l}\r` : l)).join('\n'), 28],
    ['a UTF-16LE export with a byte-order mark (Google Ads’ “Excel CSV”)', () => Buffer.from(`\ufeff${sampleFile('google-ads-campaign-daily.csv')}`, 'utf16le'), 63],
  ];
  for (const [name, file, rows] of accepted) {
    it(name, async () => {
      const r = await importMetricsFile(ws.store, PROJECT, ws.write('ok.csv', file()));
      assert.equal(r.rowsImported, rows);
    });
  }

  it('a weekly report whose first week starts before the stated range, without an account total, is whole', async () => {
    const eur = await importWorkspace({ currency: 'EUR' });
    try {
      const text = fixture('google-ads-weekly-bom-crlf.csv');
      const shifted = text.replace('September 28, 2026 - October 11, 2026', 'October 1, 2026 - October 11, 2026').replace(/Total: Account.*\r\n/, '');
      assert.notEqual(shifted, text);
      const r = await importMetricsFile(eur.store, PROJECT, eur.write('weekly.csv', shifted));
      assert.equal(r.rowsImported, 6);
    } finally {
      eur.close();
    }
  });
});
