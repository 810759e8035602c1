// What a command gets to work with: the workspace, the output mode, the actor, the store
// (opened on first use, closed by the runner) and the event log.
import path from 'node:path';
import type { Writable } from 'node:stream';
import { EventLog } from '../orchestrator/events';
import type { EventReader, WorkspaceStore } from '../orchestrator/store/types';
import type { SubsystemRegistry } from '../orchestrator/plugins';
import { openAicmoWorkspace } from '../orchestrator/services/openAicmoWorkspace';
import { workspaceSubsystems } from './plugins/loadPlugins';

/** Writes to a stream, waiting when its buffer is full (so long outputs stay bounded in memory). */
export class OutputSink {
  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
}

export interface NestedResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ContextOptions {
  workspace: string;
  json: boolean;
  actor: string;
  stdout: Writable;
  stderr: Writable;
  /** Runs another CLI command in this process with --json (for `aicmo batch`). */
  runNested: (argv: string[]) => Promise<NestedResult>;
  /** --allow-plugins: load .aicmo/plugins.json's modules for this command. */
  allowPlugins?: boolean;
  /** The environment (where this machine's plugin allowances live). */
  env?: NodeJS.ProcessEnv;
}

export class CommandContext {
  /** Absolute path of the workspace folder (the one that holds or will hold `.aicmo/`). */
  readonly workspace: string;
  readonly json: boolean;
  /** Who is acting (--by, $AICMO_ACTOR or the OS user). */
  readonly actor: string;
  readonly out: OutputSink;
  private readonly stderr: Writable;
  private readonly stores = new Map<string, WorkspaceStore>();
  private eventLog?: EventLog;
  /** Runs another command in this process (same workspace and actor, --json); see `aicmo batch`. */
  readonly runNested: (argv: string[]) => Promise<NestedResult>;
  /** The exit code for a command that succeeded in part (default 0). */
  exitCode = 0;
  readonly allowPlugins: boolean;
  readonly env: NodeJS.ProcessEnv;
  private plugins?: { registry: SubsystemRegistry | undefined };

  constructor(options: ContextOptions) {
    this.workspace = path.resolve(options.workspace);
    this.json = options.json;
    this.actor = options.actor;
    this.out = new OutputSink(options.stdout);
    this.stderr = options.stderr;
    this.runNested = options.runNested;
    this.allowPlugins = options.allowPlugins === true;
    this.env = options.env ?? process.env;
  }

  /**
   * The subsystems this command runs with: the built-ins, plus the workspace's plugins when they
   * may be loaded (--allow-plugins, or allowed on this machine); undefined = the built-ins only.
   * Read once per command; a plugin that is refused is the command's one-sentence error.
   */
  subsystems(): SubsystemRegistry | undefined {
    this.plugins ??= { registry: workspaceSubsystems(this.workspace, this.env, this.allowPlugins, (m) => this.warn(m)) };
    return this.plugins.registry;
  }

  /** Ends the command with this exit code although it produced its output (e.g. a batch with failures). */
  setExitCode(code: number): void {
    this.exitCode = code;
  }

  get aicmoDir(): string {
    return path.join(this.workspace, '.aicmo');
  }

  /**
   * The store of the workspace (or of `options.root`), opened once per command. Commands that
   * only read pass `create: false`, so reading a bare folder does not create `.aicmo/`.
   */
  async store(options: { root?: string; create?: boolean } = {}): Promise<WorkspaceStore> {
    const key = path.resolve(options.root ?? this.workspace);
    let store = this.stores.get(key);
    if (!store) {
      // Always with the real stage rule (services/deriveProjectSummary), whatever the command.
      store = await openAicmoWorkspace(key, { create: options.create ?? true });
      this.stores.set(key, store);
    }
    return store;
  }

  /** The workspace's event log, for reading (a bare folder has none yet); events are written by operations. */
  get events(): EventReader {
    this.eventLog ??= new EventLog(this.aicmoDir);
    return this.eventLog;
  }

  /** A warning on stderr that does not change the exit code. */
  warn(message: string): void {
    this.stderr.write(`aicmo: warning: ${message}\n`);
  }

  close(): void {
    for (const store of this.stores.values()) store.close();
    this.stores.clear();
  }
}
