// The CLI reference (docs/cli.md) and the README's "The CLI" table keep up with the registry:
// every command of COMMAND_GROUPS is documented, with a synopsis that names each of its flags.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMAND_GROUPS } from '../../../src/cli/commands';
import { fullName } from '../../../src/cli/help';

const root = path.resolve(__dirname, '../../..');
const CLI_DOC = readFileSync(path.join(root, 'docs/cli.md'), 'utf8');
const README = readFileSync(path.join(root, 'README.md'), 'utf8');

const COMMANDS = COMMAND_GROUPS.flatMap((group) => group.commands.map((command) => ({ name: fullName(group, command), command })));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "aicmo flow run" as written, not as the start of a longer word ("aicmo flow runner"). */
const mentionOf = (name: string) => new RegExp(`aicmo ${escape(name)}(?![\\w-])`);

/** The commands a document never mentions as `aicmo <group> <name>`. */
function undocumented(doc: string): string[] {
  return COMMANDS.filter(({ name }) => !mentionOf(name).test(doc)).map(({ name }) => name);
}

/**
 * The synopsis text of a command: every line inside a fenced code block that starts with
 * `aicmo <name>`, with the indented lines that continue it.
 */
function synopsisOf(doc: string, name: string): string {
  const starts = new RegExp(`^aicmo ${escape(name)}(?![\\w-])`);
  const out: string[] = [];
  let inCode = false;
  let continuing = false;
  for (const line of doc.split('\n')) {
    if (line.startsWith('```')) {
      inCode = !inCode;
      continuing = false;
      continue;
    }
    if (!inCode) continue;
    if (starts.test(line)) {
      out.push(line);
      continuing = true;
    } else if (continuing && /^\s+\S/.test(line)) out.push(line);
    else continuing = false;
  }
  return out.join('\n');
}

/** The text of a `## Heading` section, up to the next `## ` heading. */
function sectionOf(doc: string, heading: string): string {
  const start = doc.indexOf(`\n## ${heading}\n`);
  assert.notEqual(start, -1, `README.md has no "## ${heading}" section`);
  const next = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, next === -1 ? undefined : next);
}

describe('CLI documentation', () => {
  it('the registry has commands to check', () => {
    assert.ok(COMMANDS.length >= 30, `only ${COMMANDS.length} commands found in COMMAND_GROUPS`);
  });

  describe('docs/cli.md mentions every command as `aicmo <command>`', () => {
    for (const { name } of COMMANDS) {
      it(`aicmo ${name}`, () => {
        assert.match(CLI_DOC, mentionOf(name), `docs/cli.md does not document "aicmo ${name}": add its synopsis, flags, --json output and an example`);
      });
    }
  });

  it('names the command whose lines are removed (the check can fail)', () => {
    const withoutKaizen = CLI_DOC.split('\n')
      .filter((line) => !line.includes('aicmo kaizen insights'))
      .join('\n');
    assert.deepEqual(undocumented(withoutKaizen), ['kaizen insights']);
    assert.deepEqual(undocumented(CLI_DOC), []);
    // A longer name does not count as a mention of a shorter one.
    assert.ok(!mentionOf('dashboard pm').test('aicmo dashboard pmx <project>'));
  });

  describe('docs/cli.md has a synopsis naming every flag of each command', () => {
    for (const { name, command } of COMMANDS) {
      it(`aicmo ${name}`, () => {
        const synopsis = synopsisOf(CLI_DOC, name);
        assert.notEqual(synopsis, '', `docs/cli.md has no synopsis line starting with "aicmo ${name}" in a code block`);
        // A flag is documented in the synopsis, or (for a flag the command refuses) as `<name> --flag` in the text.
        const named = (flag: string) => new RegExp(`--${escape(flag)}(?![\\w-])`).test(synopsis) || CLI_DOC.includes(`${name} --${flag}`);
        const missing = Object.keys(command.options ?? {}).filter((flag) => !named(flag));
        assert.deepEqual(missing, [], `the synopsis of "aicmo ${name}" in docs/cli.md does not name --${missing.join(', --')}`);
      });
    }
  });

  it("README.md's \"The CLI\" table has a line for every command group", () => {
    const section = sectionOf(README, 'The CLI');
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const missing = COMMAND_GROUPS.map((g) => g.name).filter((group) => !rows.some((row) => new RegExp(`^\\| \`${escape(group)}[\` ]`).test(row)));
    assert.deepEqual(missing, [], `README.md's "The CLI" table has no line for: ${missing.join(', ')}`);
    assert.match(section, /\(docs\/cli\.md\)/, 'the section links to docs/cli.md');
  });
});
