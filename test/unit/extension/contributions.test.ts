// package.json contributes exactly what the extension registers: every contributed command has
// a handler (commandIds.ts, which the compiler holds to the handlers in extension.ts) and every
// registered command is contributed; every panel's open command and activation event is there,
// titled after the panel; menus name only registered commands.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMAND_IDS } from '../../../src/extension/commandIds';
import { PANEL_CATALOG, PANEL_IDS, panelViewType } from '../../../src/protocol/panelCatalog';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { commands: { command: string; title: string }[]; views: Record<string, { id: string }[]>; menus: Record<string, { command: string }[]> };
};

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('package.json and the registrations', () => {
  it('contributes every registered command and registers every contributed one', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command);
    assert.equal(new Set(contributed).size, contributed.length, 'no command contributed twice');
    const registered = new Set<string>(COMMAND_IDS);
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed but not registered');
    assert.deepEqual(sorted(registered).filter((c) => !contributed.includes(c)), [], 'registered but not contributed');
  });

  it('has each panel\'s open command titled "Open <panel title>" and its activation event', () => {
    const titles = new Map(pkg.contributes.commands.map((c) => [c.command, c.title]));
    for (const id of PANEL_IDS) assert.equal(titles.get(PANEL_CATALOG[id].openCommand), `Open ${PANEL_CATALOG[id].title}`, id);
    const panelEvents = pkg.activationEvents.filter((e) => e.startsWith('onWebviewPanel:'));
    assert.deepEqual(sorted(panelEvents), sorted(PANEL_IDS.map((id) => `onWebviewPanel:${panelViewType(id)}`)));
  });

  it('activates on each contributed view and on a workspace with AICMO files, nothing else', () => {
    const views = Object.values(pkg.contributes.views).flat().map((v) => v.id);
    const viewEvents = pkg.activationEvents.filter((e) => e.startsWith('onView:')).map((e) => e.slice('onView:'.length));
    assert.deepEqual(sorted(viewEvents), sorted(views));
    const others = pkg.activationEvents.filter((e) => !e.startsWith('onView:') && !e.startsWith('onWebviewPanel:'));
    assert.deepEqual(others, ['workspaceContains:.aicmo/aicmo.db']);
  });

  it('names only registered commands in its menus', () => {
    const registered = new Set<string>(COMMAND_IDS);
    const unknown = Object.entries(pkg.contributes.menus).flatMap(([menu, items]) => items.filter((i) => !registered.has(i.command)).map((i) => `${menu}: ${i.command}`));
    assert.deepEqual(unknown, []);
  });
});
