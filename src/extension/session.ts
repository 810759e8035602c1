// The open AICMO workspace of this window: the campaigns folder, its store (opened once through
// the core's openAicmoWorkspace, on first use) and the service environment with the acting
// person (the `aicmo.reviewerName` setting, else the OS user name), and the runtime subsystem
// registry plugins add to.
import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import { campaignsFolder, campaignsFolderQuietly } from './campaignsFolder';
import { loadCore, type Core } from './lazyCore';
import type { ServiceEnv, SubsystemRegistry, WorkspaceStore } from './core';

export function reviewerName(): string {
  const configured = vscode.workspace.getConfiguration('aicmo').get<string>('reviewerName', '').trim();
  if (configured) return configured;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

export class AicmoSession implements vscode.Disposable {
  /** Opened read-only while the workspace is not trusted (Restricted Mode), writable once it is. */
  private opened: { root: string; readOnly: boolean; store: Promise<WorkspaceStore> } | undefined;
  private subsystems: SubsystemRegistry | undefined;

  constructor(private readonly state: vscode.Memento, private readonly log: vscode.LogOutputChannel) {}

  /** The campaigns folder if it is known without asking the user. */
  quietRoot(): string | undefined {
    return campaignsFolderQuietly(this.state);
  }

  get core(): Core {
    return loadCore();
  }

  /** The subsystems of this window: the built-ins plus what plugins registered (getAPI(1)). */
  get registry(): SubsystemRegistry {
    this.subsystems ??= new this.core.SubsystemRegistry();
    return this.subsystems;
  }

  /** The store of the campaigns folder; `ask` lets a multi-root workspace ask which folder. */
  async store(ask = true): Promise<WorkspaceStore | undefined> {
    const root = ask ? await campaignsFolder(this.state) : this.quietRoot();
    if (!root) return undefined;
    // Untrusted means read-only: rebuilt in memory, no lock, nothing written. Trust granted later
    // re-opens the store writable on next use.
    const readOnly = !vscode.workspace.isTrusted;
    if (this.opened?.root !== root || this.opened.readOnly !== readOnly) {
      this.closeStore();
      const core = this.core;
      const store = core.openAicmoWorkspace(root, { create: false, readOnly });
      this.opened = { root, readOnly, store };
      store.then(
        () => this.log.info(`Opened the AICMO workspace in ${root}${readOnly ? ' read-only (Restricted Mode)' : ''}`),
        (e: unknown) => {
          this.log.error(`Could not open the AICMO workspace in ${root}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          if (this.opened?.store === store) this.opened = undefined; // try again next time
        },
      );
    }
    return this.opened.store;
  }

  /** The service environment (store, event log, actor); asks for the folder when needed. */
  async env(): Promise<ServiceEnv> {
    const store = await this.store(true);
    if (!store) throw new Error('no campaigns folder');
    return this.core.serviceEnv(store, reviewerName(), { subsystems: this.registry });
  }

  private closeStore(): void {
    const previous = this.opened;
    this.opened = undefined;
    previous?.store.then((s) => s.close(), () => undefined);
  }

  dispose(): void {
    this.closeStore();
  }
}
