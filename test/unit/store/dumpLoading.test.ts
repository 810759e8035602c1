// A dump is untrusted text from the repo: the loader accepts exactly the lines the dumper writes
// (INSERTs of literal values into known tables, with the table's column count) and binds the
// values into prepared statements. Everything else is refused by file and line, files untouched.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newDatabase } from '../../../src/orchestrator/store/databaseFile';
import { dumpDatabase, loadDump, maxDumpLineLength } from '../../../src/orchestrator/store/dump';
import { LOCAL_META_KEYS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS, PROJECT_SCHEMA_VERSION } from '../../../src/orchestrator/store/schema';
import { loadSqlJs } from '../../../src/orchestrator/store/sqlJs';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { aicmo, ensureCliBuilt } from '../cli/runAicmo';
import { intake, snapshotFiles, tempWorkspace } from './helpers';

const DUMP = { title: 'AICMO project dump', tables: PROJECT_DUMP_TABLES, localMetaKeys: LOCAL_META_KEYS };
const TRIGGER = "CREATE TRIGGER evil AFTER INSERT ON approval_actions BEGIN UPDATE project SET name='PWNED', budget_minor=1; END;";

/** A real project dump (with a lead and a metric row) as lines. */
async function sampleDump(): Promise<string[]> {
  const SQL = await loadSqlJs();
  const db = newDatabase(SQL, PROJECT_MIGRATIONS, 'sample');
  db.run("INSERT INTO meta(key, value) VALUES('revision', '3')");
  db.run(`INSERT INTO project(id, slug, name, goal_metric, budget_minor, currency, created_at, updated_at) VALUES('p_1', 'acme', 'Acme', 'sales', 100, 'USD', '2026-01-01', '2026-01-01')`);
  db.run(`INSERT INTO leads(id, name, email, status, created_at) VALUES('l1', 'Ana', 'ana@x.test', 'new', '2026-01-01')`);
  const text = dumpDatabase(db, DUMP);
  db.close();
  return text.split('\n');
}

const lineOf = (lines: string[], prefix: string): number => lines.findIndex((l) => l.startsWith(prefix));

describe('workspace store: a dump is parsed, never executed', () => {
  let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
  before(async () => (SQL = await loadSqlJs()));
  const load = (text: string) => loadDump(SQL, text, 'x.sql', PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES);

  it('refuses anything but the INSERT lines the dumper writes, naming the line', async () => {
    const lines = await sampleDump();
    const meta = lineOf(lines, 'INSERT INTO "meta"');
    const lead = lineOf(lines, 'INSERT INTO "leads"');
    const cases: Array<{ at: number; line: string; why: RegExp }> = [
      { at: meta, line: `${lines[meta]} ${TRIGGER}`, why: /a second statement follows the row/ },
      { at: meta, line: `${lines[meta]}SELECT 1;`, why: /a second statement follows the row/ },
      { at: meta + 1, line: TRIGGER, why: /"CREATE" is not allowed in an AICMO dump \(only INSERT lines of its tables\)/ },
      { at: meta + 1, line: 'DROP TABLE leads;', why: /"DROP" is not allowed/ },
      { at: meta + 1, line: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) INSERT INTO "meta" SELECT x, x FROM c;', why: /"WITH" is not allowed/ },
      { at: meta + 1, line: 'PRAGMA writable_schema = 1;', why: /"PRAGMA" is not allowed/ },
      { at: meta, line: 'INSERT INTO "meta" VALUES(\'big\',zeroblob(400000000));', why: /value 2 is not a literal an AICMO dump contains \(NULL, a number, a '…' text, char\(…\) or X'…'\)/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x',upper('y'));", why: /value 2 is not a literal/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x',char(65));", why: /value 2 has char\(65\), which is not a character the dumper encodes/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x',(SELECT name FROM project));", why: /value 2 is not a literal/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x','y','z');", why: new RegExp(`"meta" has 2 columns at schema version ${PROJECT_SCHEMA_VERSION}, but this row has 3 values`) },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x');", why: new RegExp(`"meta" has 2 columns at schema version ${PROJECT_SCHEMA_VERSION}, but this row has 1 value`) },
      { at: meta, line: "INSERT INTO \"meta\"(key, value) VALUES('x','y');", why: /not an INSERT line as an AICMO dump writes it/ },
      { at: meta, line: "INSERT INTO \"sqlite_master\" VALUES('x','y');", why: /table "sqlite_master" does not belong in this dump/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x','unterminated);", why: /value 2 is a text without its closing quote/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x',0x10);", why: /value 2 is not a literal/ },
      { at: meta, line: "INSERT INTO \"meta\" VALUES('x', 'y');", why: /value 2 is not a literal/ },
      { at: lead, line: lines[lead]!.replace("'Ana'", "'Ana'||'x'||char(0)||X'00'"), why: /value 2 is not a literal/ },
      { at: meta, line: '<<<<<<< HEAD', why: /an unresolved git merge conflict marker/ },
      { at: meta, line: 'INSERT INTO "meta\u001b[2J" VALUES(\'x\',\'y\');', why: /^x\.sql line \d+: not an INSERT line as an AICMO dump writes it\.$/ },
    ];
    for (const c of cases) {
      const edited = [...lines];
      edited[c.at] = c.line;
      assert.throws(() => load(edited.join('\n')), (e: Error) => {
        assert.match(e.message, new RegExp(`^x\\.sql line ${c.at + 1}: `), `${c.line} → ${e.message}`);
        assert.match(e.message, c.why, c.line);
        assert.equal(e.message.split('\n').length, 1);
        return true;
      });
    }
  });

  it('loads the literals the dumper writes into the right types', async () => {
    const lines = await sampleDump();
    const lead = lineOf(lines, 'INSERT INTO "leads"');
    lines.splice(lead + 1, 0, `INSERT INTO "metric_rows" VALUES(1,'2026-01-01','day','g','search','','c'||char(10)||'d','','','USD',5000000000,-12,NULL,1.5e-7,9007199254740992,NULL,NULL,NULL,X'00ff10',NULL);`);
    const db = load(lines.join('\n'));
    const row = db.exec('SELECT campaign, spend_minor, typeof(spend_minor), impressions, conversions, typeof(conversions), conversion_value_minor, hex(extra), typeof(extra) FROM metric_rows')[0]!.values[0];
    assert.deepEqual(row, ['c\nd', 5000000000, 'integer', -12, 1.5e-7, 'real', 9007199254740992, '00FF10', 'blob']);
    db.close();
  });

  it('refuses a line far longer than the dumper could write for its table, and the dumper never writes one', async () => {
    const lines = await sampleDump();
    const meta = lineOf(lines, 'INSERT INTO "meta"');
    const limit = maxDumpLineLength('meta');
    lines[meta] = `INSERT INTO "meta" VALUES('big','${'x'.repeat(limit)}');`;
    assert.throws(() => load(lines.join('\n')), (e: Error) => {
      assert.equal(e.message, `x.sql line ${meta + 1}: a "meta" row of ${lines[meta]!.length.toLocaleString('en')} characters is longer than any AICMO writes (at most ${limit.toLocaleString('en')}).`);
      return true;
    });

    const db = newDatabase(SQL, PROJECT_MIGRATIONS, 'big');
    db.run("INSERT INTO meta(key, value) VALUES('big', ?)", ['y'.repeat(limit)]);
    assert.throws(() => dumpDatabase(db, DUMP), /A "meta" row would take .* characters in the dump, more than the .* AICMO keeps per row; nothing was saved\./);
    db.close();
  });

  it('loads a dump written before control characters were encoded (a raw NUL, a raw tab)', async () => {
    const lines = await sampleDump();
    const lead = lineOf(lines, 'INSERT INTO "leads"');
    lines[lead] = lines[lead]!.replace("'Ana'", "'A\u0000n\ta'");
    const db = load(lines.join('\n'));
    assert.equal(db.exec("SELECT name FROM leads WHERE id = 'l1'")[0]!.values[0]![0], 'A\u0000n\ta');
    db.close();
  });
});

describe('workspace store: a hostile dump in the workspace', function () {
  this.timeout(120_000);
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('a trigger appended to the meta line of a clone without .db is refused on approve; the project is not renamed', async () => {
    ensureCliBuilt();
    const run = (args: string[]) => aicmo(args, { cwd: ws.root, env: { AICMO_ACTOR: 'dana' } });
    const add = await run(['project', 'add', '--name', 'Acme', '--industry', 'Retail', '--goal', 'Sell boots', '--goal-metric', 'sales', '--audience', 'Hikers', '--budget', '85000', '--currency', 'USD']);
    assert.equal(add.code, 0, add.stderr);
    const flow = await run(['flow', 'run', 'acme', '--only', 'strategy']);
    assert.equal(flow.code, 0, flow.stderr);
    const sql = path.join(ws.root, '.aicmo/projects/acme.sql');
    const lines = readFileSync(sql, 'utf8').split('\n');
    const meta = lineOf(lines, 'INSERT INTO "meta"');
    lines[meta] = `${lines[meta]} ${TRIGGER}`;
    writeFileSync(sql, lines.join('\n'));
    unlinkSync(path.join(ws.root, '.aicmo/projects/acme.db'));
    const before = snapshotFiles(path.join(ws.root, '.aicmo/projects'));

    const approve = await run(['strategy', 'approve', 'acme']);
    assert.equal(approve.code, 1, approve.stdout);
    assert.match(approve.stderr.trim(), new RegExp(`^aicmo: .*\\.aicmo/projects/acme\\.sql line ${meta + 1}: a second statement follows the row\\.`));
    assert.deepEqual(snapshotFiles(path.join(ws.root, '.aicmo/projects')), before, 'the dump is left as it is and no .db is built');

    // With the line repaired by hand the approval goes through, and nothing renamed the project.
    writeFileSync(sql, readFileSync(sql, 'utf8').replace(` ${TRIGGER}`, ''));
    const again = await run(['strategy', 'approve', 'acme']);
    assert.equal(again.code, 0, again.stderr);
    const show = JSON.parse((await run(['project', 'show', 'acme', '--json'])).stdout) as { name: string; budgetMinor: number };
    assert.equal(show.name, 'Acme');
    assert.equal(show.budgetMinor, 8_500_000);
  });

  it('a zeroblob in a dump builds no database', async () => {
    const store = await openWorkspace(ws.root);
    await store.createProject(intake({ name: 'Zed' }));
    store.close();
    const sql = path.join(ws.root, '.aicmo/projects/zed.sql');
    const lines = readFileSync(sql, 'utf8').split('\n');
    const meta = lineOf(lines, 'INSERT INTO "meta"');
    lines.splice(meta + 1, 0, "INSERT INTO \"meta\" VALUES('pad',zeroblob(400000000));");
    writeFileSync(sql, lines.join('\n'));
    unlinkSync(path.join(ws.root, '.aicmo/projects/zed.db'));

    const again = await openWorkspace(ws.root);
    await assert.rejects(again.getProject('zed'), new RegExp(`zed\\.sql line ${meta + 2}: value 2 is not a literal`));
    assert.equal(existsSync(path.join(ws.root, '.aicmo/projects/zed.db')), false);
    again.close();
  });

  it('workspace.sql is held to the same grammar: a DROP TABLE line is refused by line, nothing rebuilt', async () => {
    const store = await openWorkspace(ws.root);
    await store.setSetting('paused', 'true');
    store.close();
    const sql = path.join(ws.root, '.aicmo/workspace.sql');
    const text = `${readFileSync(sql, 'utf8')}DROP TABLE projects;\n`;
    writeFileSync(sql, text);
    unlinkSync(path.join(ws.root, '.aicmo/aicmo.db'));
    const line = text.split('\n').length - 1;
    await assert.rejects(openWorkspace(ws.root), (e: Error) => {
      assert.equal(e.message, `.aicmo/workspace.sql line ${line}: "DROP" is not allowed in an AICMO dump (only INSERT lines of its tables).`);
      return true;
    });
    assert.equal(readFileSync(sql, 'utf8'), text);
    assert.equal(existsSync(path.join(ws.root, '.aicmo/aicmo.db')), false);
  });
});
