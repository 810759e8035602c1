// The extension inside a real VS Code: it is installed, activates, and its commands are registered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const extensionId = 'aicmo.aicmo';

interface Manifest {
  contributes?: { commands?: Array<{ command: string }> };
}

function aicmo(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `extension ${extensionId} is not installed in the extension host`);
  return extension;
}

describe('AICMO extension', () => {
  it('is present and activates', async () => {
    const extension = aicmo();
    const api = (await extension.activate()) as { activationMs?: unknown } | undefined;
    assert.equal(extension.isActive, true);
    assert.equal(typeof api?.activationMs, 'number', 'activate() returns the time it spent');
  });

  it('opens the workspace trusted, or restricted when launched with --untrusted', () => {
    const expected = process.env.AICMO_TEST_TRUSTED;
    assert.ok(expected === '1' || expected === '0', 'the launcher sets AICMO_TEST_TRUSTED');
    assert.equal(vscode.workspace.isTrusted, expected === '1');
  });

  it('runs "AICMO: Show Log" without error', async () => {
    await aicmo().activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('aicmo.showLog'), 'aicmo.showLog is registered');
    await vscode.commands.executeCommand('aicmo.showLog');
  });

  it('registers every command contributed in package.json', async () => {
    const extension = aicmo();
    await extension.activate();
    const contributed = ((extension.packageJSON as Manifest).contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes at least one command');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});
