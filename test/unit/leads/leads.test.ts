import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import { EventLog } from '../../../src/orchestrator/events';
import { importLeadsFile, logOutreach, parseLeadsCsv } from '../../../src/orchestrator/leads';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { intake, snapshotFiles, tempWorkspace } from '../store/helpers';

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isAicmoError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  assert.fail('expected the call to be refused');
}

describe('leads CSV parsing', () => {
  it('reads the five columns by header name (any case, aliases), lower-cases emails, reports ignored columns', () => {
    const p = parseLeadsCsv('Full Name,Company,E-mail,Job Title,Lead Source,Notes\nAda Lovelace,Analytical Ltd,ADA@Example.com,CTO,webinar,met at booth\n');
    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.ignoredColumns, ['Notes']);
    assert.deepEqual(p.leads, [{ lines: [2], name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Ltd', role: 'CTO', source: 'webinar' }]);
  });

  it('names every bad row by the line an editor shows, past quoted multi-line cells', () => {
    const text = [
      'name,company,email,role,source',
      'Grace Hopper,"Navy',
      'Research",grace@navy.test,Admiral,referral',
      ',Acme,nobody@acme.test,,',
      'Alan Turing,Bletchley,not-an-email,,',
      '',
      'Edsger,TU/e,,,',
    ].join('\n');
    const p = parseLeadsCsv(text);
    assert.deepEqual(p.errors, [
      { line: 4, reason: 'name is empty' },
      { line: 5, reason: 'email "not-an-email" is not an email address' },
      { line: 7, reason: 'email is empty' },
    ]);
    assert.equal(p.rowsTotal, 4);
  });

  it('refuses a header without an email column, naming the column', () => {
    const p = parseLeadsCsv('name,company\nAda,Analytical\n');
    assert.deepEqual(p.errors, [{ line: 1, reason: 'the header has no "email" column (expected: name, company, email, role, source)' }]);
  });

  it('merges rows with the same email within a file: later non-empty values win', () => {
    const p = parseLeadsCsv('name,company,email,role,source\nAda,,ada@x.test,CTO,webinar\nAda Lovelace,Analytical,Ada@X.test,,\n');
    assert.equal(p.mergedInFile, 1);
    assert.deepEqual(p.leads, [{ lines: [2, 3], name: 'Ada Lovelace', email: 'ada@x.test', company: 'Analytical', role: 'CTO', source: 'webinar' }]);
  });
});

describe('leads import and outreach on a real store', function () {
  this.timeout(30_000);
  let ws: ReturnType<typeof tempWorkspace>;
  let store: WorkspaceStore;
  let events: EventLog;
  let projectId: string;

  beforeEach(async () => {
    ws = tempWorkspace();
    store = await openWorkspace(ws.root, { create: true });
    events = new EventLog(path.join(ws.root, '.aicmo'));
    projectId = (await store.createProject(intake())).id;
  });
  afterEach(() => {
    store.close();
    ws.cleanup();
  });

  function csv(name: string, text: string): string {
    const file = path.join(ws.root, name);
    writeFileSync(file, text);
    return file;
  }

  it('imports leads, then merges a second file by email instead of duplicating', async () => {
    const first = await importLeadsFile(store, projectId, csv('a.csv', 'name,company,email,role,source\nAda,Analytical,ada@x.test,CTO,webinar\nGrace,Navy,grace@navy.test,Admiral,referral\n'), { actor: 'Dana' });
    assert.deepEqual([first.created, first.merged, first.unchanged], [2, 0, 0]);
    const second = await importLeadsFile(store, projectId, csv('b.csv', 'name,company,email,role,source\nAda Lovelace,,ADA@x.test,,\nGrace,Navy,grace@navy.test,Admiral,referral\nAlan,Bletchley,alan@b.test,,\n'));
    assert.deepEqual([second.created, second.merged, second.unchanged], [1, 1, 1]);
    const leads = await store.readProject(projectId, (tx) => tx.leads.list());
    assert.deepEqual(
      leads.map((l) => [l.name, l.email, l.company, l.role, l.status]),
      [
        ['Ada Lovelace', 'ada@x.test', 'Analytical', 'CTO', 'new'],
        ['Alan', 'alan@b.test', 'Bletchley', null, 'new'],
        ['Grace', 'grace@navy.test', 'Navy', 'Admiral', 'new'],
      ],
    );
    const logged = [];
    for await (const e of events.query({ type: 'leads.imported' })) logged.push(e);
    assert.equal(logged.length, 2);
    assert.equal(logged[0]!.actor, 'Dana');
  });

  it('is all-or-nothing: one bad row rejects the file, lists every bad line, and leaves every file untouched', async () => {
    await importLeadsFile(store, projectId, csv('a.csv', 'name,email\nAda,ada@x.test\n'));
    const before = snapshotFiles(path.join(ws.root, '.aicmo'));
    const file = csv('bad.csv', 'name,email\nGrace,grace@navy.test\nAlan,alan-at-bletchley\nEdsger,\n');
    const err = await rejection(importLeadsFile(store, projectId, file));
    assert.equal(err.code, 'import-rejected');
    assert.equal(err.message, 'bad.csv was not imported: 2 of 3 lead rows are invalid; nothing was written.\nline 3: email "alan-at-bletchley" is not an email address\nline 4: email is empty');
    assert.deepEqual(snapshotFiles(path.join(ws.root, '.aicmo')), before);
    assert.equal((await store.readProject(projectId, (tx) => tx.leads.list())).length, 1);
  });

  it('logs outreach by lead id or email: steps count up, the lead status moves forward, bad values are named', async () => {
    await importLeadsFile(store, projectId, csv('a.csv', 'name,email\nAda,ada@x.test\n'));
    const [ada] = await store.readProject(projectId, (tx) => tx.leads.list());
    const one = await logOutreach(store, { lead: ada!.id, channel: 'email', status: 'sent', at: '2026-03-02' });
    assert.equal(one.attempt.step, 1);
    assert.equal(one.lead.status, 'contacted');
    const two = await logOutreach(store, { lead: 'ADA@x.test', channel: 'LinkedIn', status: 'replied' });
    assert.equal(two.attempt.step, 2);
    assert.equal(two.lead.status, 'replied');
    // A late "opened" for step 1 does not move the lead back.
    const late = await logOutreach(store, { lead: ada!.id, channel: 'email', status: 'opened', step: 1, at: '2026-03-03T09:00:00Z' });
    assert.equal(late.lead.status, 'replied');
    const attempts = await store.readProject(projectId, (tx) => tx.outreach.list(ada!.id));
    assert.deepEqual(
      attempts.map((a) => [a.channel, a.step, a.status]),
      [
        ['email', 1, 'sent'],
        ['email', 1, 'opened'],
        ['linkedin', 2, 'replied'],
      ],
    );
    assert.deepEqual(await store.readProject(projectId, (tx) => tx.leads.counts()), { leads: 1, contacted: 1, outreachAttempts: 3, replied: 1, meetings: 0 });

    assert.match((await rejection(logOutreach(store, { lead: ada!.id, channel: 'fax', status: 'sent' }))).message, /channel "fax" is not one of email, linkedin/);
    assert.match((await rejection(logOutreach(store, { lead: ada!.id, channel: 'email', status: 'waved' }))).message, /status "waved" is not one of/);
    assert.match((await rejection(logOutreach(store, { lead: ada!.id, channel: 'email', status: 'sent', step: '0' }))).message, /step "0" must be a whole number/);
    assert.match((await rejection(logOutreach(store, { lead: ada!.id, channel: 'email', status: 'sent', at: 'yesterday' }))).message, /time "yesterday" is not a date/);
    const missing = await rejection(logOutreach(store, { lead: 'l_NOPE', channel: 'email', status: 'sent' }));
    assert.equal(missing.code, 'not-found');
  });

  it('asks for a project when an email is a lead in two projects', async () => {
    const other = (await store.createProject(intake({ name: 'Second campaign' }))).id;
    await importLeadsFile(store, projectId, csv('a.csv', 'name,email\nAda,ada@x.test\n'));
    await importLeadsFile(store, other, csv('a.csv', 'name,email\nAda,ada@x.test\n'));
    const err = await rejection(logOutreach(store, { lead: 'ada@x.test', channel: 'email', status: 'sent' }));
    assert.match(err.message, /is in 2 projects; name the project\./);
    const ok = await logOutreach(store, { lead: 'ada@x.test', channel: 'email', status: 'sent', project: other });
    assert.equal(ok.project.id, other);
  });
});
