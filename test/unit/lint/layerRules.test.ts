// The layer rules the build enforces (eslint.config.mjs): a planted violation of each, linted as a
// file at its place in the tree through ESLint's Node API, fails with the message naming its rule;
// the same import where the rules allow it passes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

interface Case {
  rule: string;
  file: string;
  code: string;
}

const VIOLATIONS: Case[] = [
  { rule: 'subsystems are plugins', file: 'src/orchestrator/subsystems/brand/planted.ts', code: "import { openWorkspace } from '../../store/openWorkspace';" },
  { rule: 'subsystems are plugins', file: 'src/orchestrator/subsystems/media/planted.ts', code: "import { EventLog } from '../../events';" },
  { rule: 'subsystems are plugins', file: 'src/orchestrator/subsystems/pm/planted.ts', code: "import type { TaskRow } from '../../store/project/tasks';" },
  { rule: 'front ends meet in the core', file: 'src/extension/commands/planted.ts', code: "import { runOp } from '../../cli/operations';" },
  { rule: 'front ends meet in the core', file: 'src/cli/commands/planted.ts', code: "import { COMMAND_IDS } from '../../extension/commandIds';" },
  { rule: 'pure math', file: 'src/orchestrator/domain/planted.ts', code: "import type { WorkspaceStore } from '../store/types';" },
  { rule: 'pure math', file: 'src/orchestrator/analytics/planted.ts', code: "import type { ProjectReader } from '../store/types';" },
  { rule: 'webviews speak the protocol', file: 'src/webviews/gallery/planted.ts', code: "import { OPERATIONS } from '../../orchestrator/operations';" },
  { rule: 'webviews speak the protocol', file: 'src/webviews/common/components/planted.ts', code: "import { PanelHost } from '../../../extension/panels/panelHost';" },
  { rule: 'webviews run in a browser', file: 'src/webviews/pm/planted.ts', code: "import { readFileSync } from 'node:fs';" },
  { rule: 'one store', file: 'src/orchestrator/services/planted.ts', code: "import initSqlJs from 'sql.js';" },
  { rule: 'one store', file: 'src/extension/planted.ts', code: "import type { Database } from 'sql.js';" },
  { rule: 'core without vscode', file: 'src/orchestrator/operations/planted.ts', code: "import * as vscode from 'vscode';" },
  { rule: 'front ends go through the operations', file: 'src/extension/notebook/planted.ts', code: "import type { WorkspaceStore } from '../../orchestrator/store/types';" },
  { rule: 'front ends go through the operations', file: 'src/extension/plugins/planted.ts', code: "import { openWorkspace } from '../../orchestrator/store/openWorkspace';" },
];

const ALLOWED: Omit<Case, 'rule'>[] = [
  { file: 'src/orchestrator/store/planted.ts', code: "import initSqlJs from 'sql.js';" },
  { file: 'src/orchestrator/services/planted.ts', code: "import type { ProjectReader } from '../store/types';" },
  { file: 'src/webviews/gallery/planted.ts', code: "import { GALLERY_COMMANDS } from '../../protocol/panels/gallery';\nimport { createHost } from '../common/host';" },
  { file: 'src/cli/commands/planted.ts', code: "import { runOperation } from '../../orchestrator/operations';" },
  { file: 'src/extension/commands/planted.ts', code: "import { trustWords } from '../../orchestrator/operations/catalog';" },
  { file: 'src/extension/notebook/planted.ts', code: "import { trustWords } from '../../orchestrator/operations/catalog';" },
];

describe('layer rules (lint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root });

  const messages = async (file: string, code: string) => {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(root, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  for (const c of VIOLATIONS) {
    it(`refuses ${c.file.replace(/^src\//, '')}: ${c.code}`, async () => {
      const found = await messages(c.file, c.code);
      assert.equal(found.length, 1, `one layer-rule error, got: ${JSON.stringify(found)}`);
      assert.match(found[0]!, new RegExp(`^(?:.* )?Layer rule "${c.rule}"`), found[0]);
    });
  }

  it('lets each layer import what the rules allow', async () => {
    for (const c of ALLOWED) assert.deepEqual(await messages(c.file, c.code), [], `${c.file}: ${c.code}`);
  });
});
