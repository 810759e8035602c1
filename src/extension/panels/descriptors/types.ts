// A panel's core-side descriptor: how its snapshot is built from the query services, and what
// each command and request it sends does — run an operation (the handlers are typed from the
// protocol's message types, so a missing one does not compile), or ask for another snapshot.
// The light half (id, title, scope, open command, messages → operations) is
// src/protocol/panelCatalog.ts; the message schemas are src/protocol/panels/<panel>.ts.
import type { OperationCall } from '../../../orchestrator/operations';
import type { PipelineProject, ProjectsPipeline, ServiceEnv } from '../../../orchestrator/services';
import type { ControlTowerData, GROUP_BY_IDS, PANEL_CATALOG, PanelCommandType, PanelData, PanelId, PanelRequestType, ParamsOf, RequestType, ResponseOf } from '../../../protocol';

export interface SnapshotRequest {
  /** Slug or id of the project to show (project panels); default the first project. */
  project?: string | null;
  /** Analytics breakdown and period, as the panel last asked. */
  analytics?: { by?: (typeof GROUP_BY_IDS)[number]; from?: string; to?: string };
  /** The generation engine in use (a VS Code setting; the Control Tower shows it). */
  engine?: ControlTowerData['engine'];
}

export interface BaseContext {
  env: ServiceEnv;
  request: SnapshotRequest;
  pipeline: ProjectsPipeline;
  /** Every project, in pipeline order. */
  projects: PipelineProject[];
}

/** What a snapshot builder gets: project panels the project to show, workspace panels none. */
export type SnapshotContext<P extends PanelId> = BaseContext & ((typeof PANEL_CATALOG)[P]['scope'] extends 'project' ? { slug: string } : { slug: null });

/** What a panel command does: run an operation, or show another view (a new snapshot query). */
export type CommandEffect =
  /** `select`: the ids the panel should select after the outcome (e.g. the creatives that need fixing). */
  | { run: OperationCall; select?: (value: unknown) => string[] }
  | { query: SnapshotRequest };

/** How the host answers a request: an operation, maybe on a file the user picks first. */
export interface RequestHandler<Q extends RequestType> {
  /** Ask for a file first (the open dialog's title); when none is picked, answer `cancelled`. */
  file?: { title(params: ParamsOf<Q>): string; cancelled: ResponseOf<Q> };
  call(params: ParamsOf<Q>, file: string | undefined): OperationCall;
  /** The response for an operation that took place. */
  respond(outcome: { message: string; value: unknown }): ResponseOf<Q>;
}

export interface PanelDescriptor<P extends PanelId> {
  snapshot(ctx: SnapshotContext<P>): Promise<PanelData<P>>;
  readonly commands: { readonly [C in PanelCommandType<P> as C['method']]: (params: ParamsOf<C>) => CommandEffect };
  readonly requests: { readonly [Q in PanelRequestType<P> as Q['method']]: RequestHandler<Q> };
}

/** Who acts in a panel decision (the webview sends the name it shows). */
export const internal = (name: string) => ({ name, kind: 'internal' as const });
