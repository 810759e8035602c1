// `aicmo init`: creates `.aicmo/` in the workspace (safe to repeat).
import { existsSync } from 'node:fs';
import { initWorkspace } from '../../orchestrator/store/initWorkspace';
import type { CommandGroup } from '../registry';

export const initCommands: CommandGroup = {
  name: 'init',
  summary: 'create .aicmo/ in the workspace (safe to repeat)',
  commands: [
    {
      name: '',
      summary: 'create .aicmo/ in the workspace (safe to repeat)',
      usage: 'init',
      async run(ctx) {
        const existed = existsSync(ctx.aicmoDir);
        initWorkspace(ctx.workspace);
        // Opening with create builds the index, so the workspace is complete after init.
        const store = await ctx.store({ create: true });
        const projects = (await store.listProjects()).length;
        if (!existed) await store.recordEvents([{ type: 'workspace.initialized', actor: ctx.actor, data: { workspace: ctx.workspace } }]);
        return {
          json: { workspace: ctx.workspace, aicmoDir: ctx.aicmoDir, created: !existed, projects },
          text: existed
            ? `${ctx.aicmoDir} already exists (${projects} project${projects === 1 ? '' : 's'}); nothing to do.`
            : `Created ${ctx.aicmoDir}. Next: aicmo project add --name … (see aicmo project add --help).`,
        };
      },
    },
  ],
};
