// Exporting the client review pack (what changed after their feedback, results against the goals
// for the period, strategy, media plan, the approved ads as the client's customers will see them,
// creatives awaiting decision, history), rendered by the portal subsystem from the project's
// current state in the client's words and written as one self-contained Markdown or HTML file
// (default `.aicmo/reports/<slug>-review-v<N>.<ext>`).
import path from 'node:path';
import type { Period } from '../analytics';
import { AicmoError } from '../domain/errors';
import { readMetricRows } from '../flow/subsystemData';
import { writeFileAtomic } from '../store/atomicFile';
import { existsSync } from 'node:fs';
import { makeFolders, readFileInside } from '../store/pathGuard';
import { isIsoDate } from '../subsystems/common/dates';
import type { CreativesContent } from '../subsystems/creatives/types';
import type { MediaContent } from '../subsystems/media/types';
import { buildPortalWithSections } from '../subsystems/portal/rules';
import type { ResultsSection } from '../subsystems/portal/types';
import type { StrategyContent } from '../subsystems/strategy/types';
import type { ArtifactInput, ArtifactStatus } from '../subsystems/types';
import * as v from 'valibot';
import { defineOperation } from './define';
import { projectRef } from './input';
import { fileStep } from './steps';
import type { Outcome } from './types';

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ClientReport {
  file: string;
  /** The same pack was already exported to this file: nothing was written. */
  unchanged: boolean;
  format: ReportFormat;
  title: string;
  bytes: number;
  strategy: { version: number; status: string };
  creativesAwaiting: number;
  /** The pack's sections in order (the built-in ones, then one per plugin subsystem with an artifact). */
  sections: string[];
  /** The results section: the period and each measure against its goal. */
  results: ResultsSection;
}

/** The results period asked for (YYYY-MM-DD, inclusive, either end optional). */
interface PeriodAsked {
  from?: string | undefined;
  to?: string | undefined;
}

function input<C>(a: { kind: string; version: number; status: ArtifactStatus; content: unknown } | undefined): ArtifactInput<C> | undefined {
  return a && a.content !== null ? { name: a.kind, version: a.version, status: a.status, approved: a.status === 'approved', content: a.content as C } : undefined;
}

/**
 * Where the pack goes: `<stem>.<ext>`, unless that file holds another pack (another version's,
 * or the same version before a later decision), then `<stem>-2.<ext>`, `-3`, …: a file is never
 * overwritten with different content, and the same content again writes nothing.
 */
function reportFile(dir: string, stem: string, ext: string, text: string): { file: string; unchanged: boolean } {
  for (let k = 1; ; k++) {
    const file = path.join(dir, `${stem}${k === 1 ? '' : `-${k}`}.${ext}`);
    if (!existsSync(file)) return { file, unchanged: false };
    if (readFileInside(file, 'utf8') === text) return { file, unchanged: true };
  }
}

function checkPeriod(options: PeriodAsked): Partial<Period> {
  const words = { from: 'The start of the results period', to: 'The end of the results period' } as const;
  for (const field of ['from', 'to'] as const) {
    const v = options[field];
    if (v !== undefined && !isIsoDate(v)) throw new AicmoError('invalid-input', `${words[field]} "${v}" is not a date (expected YYYY-MM-DD).`, { field });
  }
  if (options.from && options.to && options.from > options.to) throw new AicmoError('invalid-input', `The results period starts on ${options.from}, after it ends on ${options.to}.`, { field: 'from' });
  return { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
}

export const exportReportOperation = defineOperation('report.export', {
  input: v.object({
    project: projectRef,
    /** md (default) or html. */
    format: v.optional(v.string()),
    /** Where to write it (relative to the workspace folder); default under .aicmo/reports/. */
    out: v.optional(v.pipe(v.string(), v.minLength(1))),
    /** The results period (YYYY-MM-DD, inclusive); default: every imported day. */
    from: v.optional(v.string()),
    to: v.optional(v.string()),
  }),
  async execute(env, { project: ref, ...options }): Promise<Outcome<ClientReport>> {
    const format = (options.format ?? 'md') as ReportFormat;
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AicmoError('invalid-input', `The report format "${options.format}" is not one of ${REPORT_FORMATS.join(', ')}.`, { field: 'format' });
    }
    const asked = checkPeriod(options);
    const built = await env.store.readProject(ref, (tx) => {
      const project = tx.project;
      const strategy = input<StrategyContent>(tx.artifacts.latest('strategy'));
      if (!strategy) throw new AicmoError('not-found', `Project "${project.name}" has no strategy yet, so there is no review pack to export; run the flow first.`, { field: 'strategy' });
      // Plugins' subsystems add a section each (their own Markdown of their latest content).
      const extraSections = (env.subsystems?.list() ?? [])
        .filter((s) => s.plugin !== undefined && s.render !== undefined)
        .flatMap((s) => {
          const a = tx.artifacts.latest(s.name);
          return a && a.content !== null ? [{ title: `${s.name} (${s.plugin!.label ?? s.plugin!.id})`, markdown: s.render!(a.content) }] : [];
        });
      const rows = readMetricRows(tx);
      // A period open at one end runs to the first or last imported day.
      const days = rows.map((r) => r.date).sort();
      const period = asked.from || asked.to ? { from: asked.from ?? days[0] ?? asked.to!, to: asked.to ?? days.at(-1) ?? asked.from! } : undefined;
      const { portal, sections } = buildPortalWithSections({
        project,
        strategy,
        media: input<MediaContent>(tx.artifacts.latest('media')),
        creatives: input<CreativesContent>(tx.artifacts.latest('creatives')),
        stored: tx.creatives.list(),
        history: tx.approvals.list(),
        version: strategy.version,
        extraSections,
        rows,
        ...(period ? { period } : {}),
      });
      return { portal, slug: project.slug, name: project.name, strategy, packVersion: tx.artifacts.latest('portal')?.version ?? strategy.version, sections };
    });
    const text = format === 'html' ? built.portal.reviewPack.html : built.portal.reviewPack.markdown;
    let file: string;
    let unchanged = false;
    if (options.out !== undefined) {
      // A path the person chose: written as asked.
      file = path.resolve(env.store.root, options.out);
      makeFolders(path.dirname(file));
      writeFileAtomic(file, text);
    } else {
      const dir = path.join(env.store.aicmoDir, 'reports');
      makeFolders(dir);
      ({ file, unchanged } = reportFile(dir, `${built.slug}-review-v${built.packVersion}`, format, text));
      if (!unchanged) writeFileAtomic(file, text);
    }
    const report: ClientReport = {
      file,
      unchanged,
      format,
      title: built.portal.reviewPack.title,
      bytes: Buffer.byteLength(text),
      strategy: { version: built.strategy.version, status: built.strategy.status },
      creativesAwaiting: built.portal.summary.creativesAwaiting,
      sections: built.sections,
      results: built.portal.results,
    };
    const shown = path.relative(env.store.root, file).split(path.sep).join('/');
    const where = shown.startsWith('..') ? file : shown;
    const size = `${Math.max(1, Math.round(report.bytes / 1024))} KB`;
    return {
      value: report,
      message: unchanged
        ? `The review pack of "${built.name}" in ${where} is up to date (${size}); nothing was written.`
        : `Exported the review pack of "${built.name}" to ${where} (${format === 'html' ? 'HTML' : 'Markdown'}, ${size}).`,
      next: [fileStep('Open Report', file), { label: 'Reveal in Explorer', target: { kind: 'file', path: file, reveal: true } }],
    };
  },
});
