// AICMO's API for other extensions (api/aicmo.d.ts): `getAPI(1)` with registerSubsystem (into the
// session's runtime registry, only in a trusted workspace), onDidRecordEvent (the event log
// followed as it grows) and read-only queries through the core's query services. The API only
// grows; another version is another `getAPI(n)`.
import * as vscode from 'vscode';
import type { AicmoApi, AicmoExtensionExports, AicmoLearningEvent, AicmoPluginInfo, AicmoSubsystem } from '../../../api/aicmo';
import type { AicmoState } from '../state';
import { EventFeed } from './eventFeed';

const VERSIONS = [1] as const;

function sentence(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

export function createPluginApi(state: AicmoState): AicmoExtensionExports & vscode.Disposable {
  const feed = new EventFeed(state);
  const pending = new Set<{ subsystem: AicmoSubsystem; plugin: AicmoPluginInfo; active?: { dispose(): void } }>();
  const activate = (p: { subsystem: AicmoSubsystem; plugin: AicmoPluginInfo; active?: { dispose(): void } }) => {
    p.active = state.session.registry.register(p.subsystem, { id: p.plugin.id, ...(p.plugin.label ? { label: p.plugin.label } : {}) });
    state.log.info(`Plugin ${p.plugin.label ?? p.plugin.id} registered the subsystem ${p.subsystem.name}.`);
  };
  const trust = vscode.workspace.onDidGrantWorkspaceTrust(() => {
    for (const p of pending) {
      if (p.active) continue;
      try {
        activate(p);
      } catch (e) {
        pending.delete(p);
        state.log.error(sentence(e));
      }
    }
    void state.refresh();
  });

  const v1: AicmoApi = {
    version: 1,
    registerSubsystem(subsystem, plugin) {
      if (!plugin || typeof plugin.id !== 'string' || plugin.id.trim() === '' || plugin.id.length > 200) throw new Error('registerSubsystem needs the plugin that registers it: { id: your extension id, label? }.');
      const entry: { subsystem: AicmoSubsystem; plugin: AicmoPluginInfo; active?: { dispose(): void } } = { subsystem: subsystem as unknown as AicmoSubsystem, plugin: { id: plugin.id.trim(), ...(typeof plugin.label === 'string' && plugin.label.trim() ? { label: plugin.label.trim().slice(0, 80) } : {}) } };
      if (vscode.workspace.isTrusted) {
        try {
          activate(entry);
        } catch (e) {
          state.log.error(sentence(e));
          throw new Error(sentence(e), { cause: e });
        }
        void state.refresh();
      } else state.log.info(`Plugin ${entry.plugin.label ?? entry.plugin.id}: the subsystem ${String(subsystem?.name)} waits until this workspace is trusted (plugins run only in a trusted workspace).`);
      pending.add(entry);
      return new vscode.Disposable(() => {
        pending.delete(entry);
        entry.active?.dispose();
        void state.refresh();
      });
    },
    onDidRecordEvent: feed.event as vscode.Event<AicmoLearningEvent>,
    async listProjects() {
      const core = state.session.core;
      const pipeline = core.unwrap(await core.getProjectsPipeline(await state.session.env()));
      return pipeline.columns.flatMap((c) => c.projects.map((p) => ({ id: p.id, slug: p.slug, name: p.name, stage: p.stage, badges: [...p.badges] })));
    },
    async latestArtifacts(project) {
      const core = state.session.core;
      const view = core.unwrap(await core.getProjectUnifiedView(await state.session.env(), project));
      return Object.values(view.artifacts).map((a) => ({ name: a.name, status: a.status as never, version: a.version, content: structuredClone(a.content), createdAt: a.createdAt, statusNote: a.statusNote, lastError: a.lastError, insights: a.insights.map((i) => ({ id: i.id, sentence: i.sentence })) }));
    },
    async insights(project) {
      const core = state.session.core;
      const report = core.unwrap(await core.getKaizenInsights(await state.session.env(), project === undefined ? {} : { project }));
      return report.insights.map((i) => ({ id: i.id, kind: i.kind, summary: i.summary, evidence: structuredClone(i.evidence) }));
    },
    subsystems() {
      return state.session.registry.list().map((s) => ({ name: s.name, description: s.description, needs: [...s.needs], uses: [...(s.uses ?? [])], requiresApproved: [...(s.requiresApproved ?? [])], plugin: s.plugin ? { id: s.plugin.id, ...(s.plugin.label ? { label: s.plugin.label } : {}) } : null }));
    },
  };

  return {
    getAPI(version: number) {
      if (version === 1) return v1;
      throw new Error(`AICMO has no API version ${String(version)}; this AICMO offers version ${VERSIONS.join(', ')} (getAPI(1)).`);
    },
    dispose() {
      trust.dispose();
      feed.dispose();
      for (const p of pending) p.active?.dispose();
      pending.clear();
    },
  } as AicmoExtensionExports & vscode.Disposable;
}
