// Lint: typescript-eslint flat config plus the house rules on what each layer may import (see
// docs/architecture.md "Layers"). Each area of src/ gets one `no-restricted-imports` block with
// every rule that applies to it (blocks do not merge: the areas below do not overlap), and each
// message names the rule it enforces. test/unit/lint/layerRules.test.ts plants a violation of each.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Each layer rule: the imports it refuses (`paths` by name, `patterns` by gitignore-style globs) and why. */
const RULES = {
  noVscode: { paths: [{ name: 'vscode', message: 'Layer rule "core without vscode": src/orchestrator, src/protocol and src/cli never import vscode (see docs/architecture.md).' }] },
  noSqlJs: {
    paths: [{ name: 'sql.js', message: 'Layer rule "one store": sql.js is imported only under src/orchestrator/store; read and write through the store\'s transactions (ProjectReader, ProjectWriter).' }],
  },
  subsystems: {
    patterns: [
      {
        group: ['**/store', '**/store/**', '**/events', '**/events/**', '**/artifacts', '**/artifacts/**'],
        message: 'Layer rule "subsystems are plugins": a subsystem never imports the store, the event log or the artifact rows; it gets what it needs through SubsystemContext (inputs, data).',
      },
    ],
  },
  pure: {
    patterns: [{ group: ['**/store', '**/store/**'], message: 'Layer rule "pure math": the domain and the analytics math never import the store; a service reads the rows and passes them in.' }],
  },
  extension: {
    patterns: [{ group: ['**/cli', '**/cli/**'], message: 'Layer rule "front ends meet in the core": the extension never imports src/cli; both call src/orchestrator/operations.' }],
  },
  cli: {
    patterns: [{ group: ['**/extension', '**/extension/**'], message: 'Layer rule "front ends meet in the core": the CLI never imports the extension; both call src/orchestrator/operations.' }],
  },
  frontEndsThroughOperations: {
    patterns: [
      {
        group: ['**/orchestrator/store', '**/orchestrator/store/**'],
        message: 'Layer rule "front ends go through the operations": the notebook and the plugin API never import the store; they run operations and read query services (src/orchestrator/operations, services, notebook).',
      },
    ],
  },
  webviews: {
    paths: [
      { name: 'vscode', message: 'Layer rule "webviews run in a browser": no vscode import.' },
      ...nodeBuiltins.map((name) => ({ name, message: 'Layer rule "webviews run in a browser": no Node built-ins.' })),
    ],
    patterns: [
      {
        group: ['**/orchestrator', '**/orchestrator/**', '**/extension', '**/extension/**', '**/cli', '**/cli/**', '**/test/**', '**/bench/**'],
        message: 'Layer rule "webviews speak the protocol": a webview imports only src/protocol and its own shared code (src/webviews/common).',
      },
    ],
  },
};

/** One `no-restricted-imports` setting from several rules. */
function restrict(...rules) {
  return ['error', { paths: rules.flatMap((r) => r.paths ?? []), patterns: rules.flatMap((r) => r.patterns ?? []) }];
}

const ORCHESTRATOR_AREAS = ['src/orchestrator/store/**', 'src/orchestrator/subsystems/**', 'src/orchestrator/domain/**', 'src/orchestrator/analytics/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'examples/*/dist/**', 'dist-vsix/**', 'out/**', 'node_modules/**', '.cache/**', 'demo-workspace/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/orchestrator/store/**/*.ts'], rules: { 'no-restricted-imports': restrict(RULES.noVscode) } },
  { files: ['src/orchestrator/subsystems/**/*.ts'], rules: { 'no-restricted-imports': restrict(RULES.noVscode, RULES.noSqlJs, RULES.subsystems) } },
  { files: ['src/orchestrator/domain/**/*.ts', 'src/orchestrator/analytics/**/*.ts'], rules: { 'no-restricted-imports': restrict(RULES.noVscode, RULES.noSqlJs, RULES.pure) } },
  { files: ['src/orchestrator/**/*.ts'], ignores: ORCHESTRATOR_AREAS, rules: { 'no-restricted-imports': restrict(RULES.noVscode, RULES.noSqlJs) } },
  { files: ['src/protocol/**/*.ts'], rules: { 'no-restricted-imports': restrict(RULES.noVscode, RULES.noSqlJs) } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': restrict(RULES.noVscode, RULES.noSqlJs, RULES.cli) } },
  { files: ['src/extension/**/*.ts'], ignores: ['src/extension/notebook/**', 'src/extension/plugins/**'], rules: { 'no-restricted-imports': restrict(RULES.noSqlJs, RULES.extension) } },
  { files: ['src/extension/notebook/**/*.ts', 'src/extension/plugins/**/*.ts'], rules: { 'no-restricted-imports': restrict(RULES.noSqlJs, RULES.extension, RULES.frontEndsThroughOperations) } },
  {
    files: ['src/webviews/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict(RULES.webviews, RULES.noSqlJs) },
  },
);
