// The runtime subsystem registry: the built-in subsystems plus the ones plugins register while
// AICMO runs (getAPI(1).registerSubsystem in VS Code, .aicmo/plugins.json in the CLI). The flow,
// the Unified View, the notebook and the client report read the subsystems from here, so a
// registered one runs, shows and reports like a built-in. A name that collides, needs nobody
// produces or would close a cycle is refused with one sentence naming the plugin.
import { AicmoError } from '../domain/errors';
import { orderSubsystems } from '../flow/order';
import { subsystems as BUILT_IN } from '../subsystems';
import type { PluginOrigin, Subsystem } from '../subsystems/types';
import { pluginSubsystem } from './pluginSubsystem';

/** What the operations and query services need of a registry (tests pass a fixed list). */
export interface SubsystemSource {
  /** Every subsystem in run order (built-ins first where the order allows). */
  list(): readonly Subsystem[];
}

export interface Registration {
  readonly name: string;
  dispose(): void;
}

export class SubsystemRegistry implements SubsystemSource {
  private readonly plugins = new Map<string, Subsystem>();
  private readonly listeners = new Set<() => void>();
  private ordered: readonly Subsystem[] | undefined;

  constructor(private readonly builtIns: readonly Subsystem[] = BUILT_IN) {}

  /** Checks and adds a plugin's subsystem; throws an AicmoError naming the plugin when refused. */
  register(definition: unknown, origin: PluginOrigin): Registration {
    const known = new Set(this.all().map((s) => s.name));
    const s = pluginSubsystem(definition, origin, known);
    if (known.has(s.name)) {
      const holder = this.plugins.get(s.name)?.plugin;
      throw new AicmoError('conflict', `The plugin ${origin.label ?? origin.id} cannot register "${s.name}": that name is already taken by ${holder ? `the plugin ${holder.label ?? holder.id}` : 'a built-in subsystem'}.`, { field: 'name' });
    }
    const candidate = [...this.all(), s];
    try {
      orderSubsystems(candidate);
    } catch (e) {
      throw new AicmoError('invalid-input', `The plugin ${origin.label ?? origin.id} cannot register "${s.name}": ${(e as Error).message.replace(/^./, (c) => c.toLowerCase())}`, { field: 'needs' });
    }
    this.plugins.set(s.name, s);
    this.changed();
    let disposed = false;
    return {
      name: s.name,
      dispose: () => {
        if (disposed || this.plugins.get(s.name) !== s) return;
        disposed = true;
        this.plugins.delete(s.name);
        // A plugin's subsystem that needed this one cannot run without it: it goes too.
        for (const other of [...this.plugins.values()]) if (other.needs.includes(s.name)) this.plugins.delete(other.name);
        this.changed();
      },
    };
  }

  list(): readonly Subsystem[] {
    this.ordered ??= orderSubsystems(this.all());
    return this.ordered;
  }

  find(name: string): Subsystem | undefined {
    return this.all().find((s) => s.name === name);
  }

  /** The subsystems plugins registered, in registration order. */
  pluginSubsystems(): Subsystem[] {
    return [...this.plugins.values()];
  }

  /** Called after every registration and removal; returns the unsubscribe. */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private all(): Subsystem[] {
    return [...this.builtIns, ...this.plugins.values()];
  }

  private changed(): void {
    this.ordered = undefined;
    for (const l of [...this.listeners]) l();
  }
}
