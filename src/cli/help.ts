// Usage texts: the overview (`aicmo --help`) and one command's (`aicmo project add --help`).
import type { Command, CommandGroup } from './registry';

export const GLOBAL_USAGE = 'aicmo [--workspace DIR] [--by NAME] [--allow-plugins] <command> … [--json]';

export function fullName(group: CommandGroup, command: Command): string {
  return command.name === '' ? group.name : `${group.name} ${command.name}`;
}

export function overview(groups: CommandGroup[]): string {
  const rows: Array<[string, string]> = [];
  for (const g of groups) for (const c of g.commands) rows.push([fullName(g, c), c.summary]);
  const width = Math.max(...rows.map(([n]) => n.length));
  return [
    `usage: ${GLOBAL_USAGE}`,
    '',
    'commands:',
    ...rows.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    '',
    'global flags:',
    '  --workspace DIR  the folder holding .aicmo/ (default: the current folder)',
    '  --json           print exactly one JSON document on stdout',
    '  --by NAME        who is acting, recorded on learning events (default: $AICMO_ACTOR, else your user name)',
    '  --allow-plugins  load the modules .aicmo/plugins.json lists for this command (runs their code)',
    '  --help           usage of aicmo or of one command',
    '',
    'exit codes: 0 success, 1 failure, 2 usage error. Reference: docs/cli.md',
  ].join('\n');
}

export function commandHelp(group: CommandGroup, command: Command): string {
  const lines = [`usage: aicmo ${command.usage}`, '', command.summary];
  if (command.name !== '' || group.commands.length > 1) {
    const others = group.commands.filter((c) => c !== command).map((c) => fullName(group, c));
    if (others.length) lines.push('', `see also: ${others.join(', ')}`);
  }
  return lines.join('\n');
}

export function groupHelp(group: CommandGroup): string {
  const width = Math.max(...group.commands.map((c) => fullName(group, c).length));
  return [
    `usage: aicmo ${group.name} <${group.commands.map((c) => c.name).join('|')}> …`,
    '',
    ...group.commands.map((c) => `  ${fullName(group, c).padEnd(width)}  ${c.summary}`),
    '',
    ...group.commands.map((c) => `  aicmo ${c.usage}`),
  ].join('\n');
}
