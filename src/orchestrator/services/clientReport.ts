// exportClientReport: the client review pack (strategy, media plan, creatives awaiting decision,
// action history) rendered by the portal subsystem from the project's current state, written as
// one self-contained Markdown or HTML file (default `.aicmo/reports/<slug>-review-v<N>.<ext>`).
import path from 'node:path';
import { latestArtifact, listApprovalActions, listCreatives } from '../artifacts';
import { AicmoError } from '../domain/errors';
import { writeFileAtomic } from '../store/atomicFile';
import { makeFolders } from '../store/pathGuard';
import type { CreativesContent } from '../subsystems/creatives/types';
import type { MediaContent } from '../subsystems/media/types';
import { buildPortal } from '../subsystems/portal/rules';
import type { StrategyContent } from '../subsystems/strategy/types';
import type { ArtifactInput, ArtifactStatus } from '../subsystems/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ClientReport {
  file: string;
  format: ReportFormat;
  title: string;
  bytes: number;
  strategy: { version: number; status: string };
  creativesAwaiting: number;
}

function input<C>(a: { kind: string; version: number; status: ArtifactStatus; content: unknown } | undefined): ArtifactInput<C> | undefined {
  return a && a.content !== null ? { name: a.kind, version: a.version, status: a.status, approved: a.status === 'approved', content: a.content as C } : undefined;
}

export function exportClientReport(env: ServiceEnv, projectRef: string, options: { format?: string; out?: string } = {}): Promise<Result<ClientReport>> {
  return attempt(async () => {
    const format = (options.format ?? 'md') as ReportFormat;
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AicmoError('invalid-input', `The report format "${options.format}" is not one of ${REPORT_FORMATS.join(', ')}.`, { field: 'format' });
    }
    const built = await env.store.readProject(projectRef, (db, project) => {
      const strategy = input<StrategyContent>(latestArtifact(db, 'strategy'));
      if (!strategy) throw new AicmoError('not-found', `Project "${project.name}" has no strategy yet, so there is no review pack to export; run the flow first.`, { field: 'strategy' });
      const portal = buildPortal({
        project,
        strategy,
        media: input<MediaContent>(latestArtifact(db, 'media')),
        creatives: input<CreativesContent>(latestArtifact(db, 'creatives')),
        stored: listCreatives(db),
        history: listApprovalActions(db),
        version: strategy.version,
      });
      return { portal, slug: project.slug, strategy };
    });
    const text = format === 'html' ? built.portal.reviewPack.html : built.portal.reviewPack.markdown;
    const file = options.out !== undefined ? path.resolve(env.store.root, options.out) : path.join(env.store.aicmoDir, 'reports', `${built.slug}-review-v${built.strategy.version}.${format}`);
    makeFolders(path.dirname(file));
    writeFileAtomic(file, text);
    return {
      file,
      format,
      title: built.portal.reviewPack.title,
      bytes: Buffer.byteLength(text),
      strategy: { version: built.strategy.version, status: built.strategy.status },
      creativesAwaiting: built.portal.summary.creativesAwaiting,
    };
  });
}
