// Panels: time to first render of the Pipeline with 10,000 projects and of the Gallery with
// 2,000 creatives (headless Debian Chromium, the real bundles under the strict CSP, a fake host),
// and the size of each panel bundle (raw and gzip). Needs `npm run build` first (npm run bench
// does it). Render time is measured in the page: from posting the snapshot message (validation,
// Lit render, virtualizer layout) to the first frame after the first card is in the DOM.
// BENCH_PANEL_RUNS overrides 5 runs per figure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GallerySnapshotNotification, notificationMessage, PipelineSnapshotNotification, type NotificationType, type PanelId } from '../src/protocol';
import { launchChromium } from '../test/webviews/harness/browser';
import { openPanel } from '../test/webviews/harness/fakeHost';
import { startPanelServer, type PanelServer } from '../test/webviews/harness/staticServer';
import { creative, galleryData, manyPipelineProjects, ref, snapshot } from '../test/webviews/fixtures';
import type { Browser } from 'playwright-core';

const RUNS = Number(process.env.BENCH_PANEL_RUNS ?? 5);
const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'panels', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Opens the panel with an empty snapshot, then times the big one in the page. */
async function firstRender(browser: Browser, server: PanelServer, panel: PanelId, type: NotificationType, params: unknown, empty: unknown, selector: string): Promise<number> {
  const p = await openPanel(browser, server, panel, { snapshot: empty });
  try {
    await p.waitForPosted('webview/ready');
    await p.page.evaluate((m) => ((window as unknown as { __benchMessage: unknown }).__benchMessage = m), notificationMessage(type, params as never) as never);
    const ms = await p.page.evaluate(`new Promise((resolve) => {
      const app = document.querySelector('aicmo-${panel}-app');
      const t0 = performance.now();
      window.postMessage(window.__benchMessage, '*');
      const poll = () => {
        if (app.shadowRoot.querySelector(${JSON.stringify(selector)})) requestAnimationFrame(() => resolve(performance.now() - t0));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    })`);
    if (p.problems.length) throw new Error(`The ${panel} panel reported problems: ${p.problems.join('; ')}`);
    return ms as number;
  } finally {
    await p.close();
  }
}

async function main(): Promise<void> {
  const server = await startPanelServer();
  const browser = await launchChromium();
  try {
    const project = ref('Bench Project');
    const cases = [
      {
        panel: 'pipeline' as const,
        metric: 'pipeline_first_render_10000_projects',
        type: PipelineSnapshotNotification,
        params: snapshot(manyPipelineProjects(10_000)),
        empty: snapshot(manyPipelineProjects(0)),
        selector: '[data-project]',
        n: 10_000,
      },
      {
        panel: 'gallery' as const,
        metric: 'gallery_first_render_2000_creatives',
        type: GallerySnapshotNotification,
        params: snapshot(galleryData(Array.from({ length: 2000 }, (_, i) => creative(i))), { project, projects: [project] }),
        empty: snapshot(galleryData([]), { project, projects: [project] }),
        selector: '[data-creative]',
        n: 2000,
      },
    ];
    for (const c of cases) {
      const times: number[] = [];
      await firstRender(browser, server, c.panel, c.type, c.params, c.empty, c.selector); // warm-up
      for (let i = 0; i < RUNS; i++) times.push(await firstRender(browser, server, c.panel, c.type, c.params, c.empty, c.selector));
      emit(c.metric, median(times), 'ms', { runs: RUNS, min: Math.round(Math.min(...times)), max: Math.round(Math.max(...times)), items: c.n, snapshotBytes: JSON.stringify(c.params).length });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const dir = path.resolve('dist/webviews');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const body = readFileSync(path.join(dir, file));
    emit(`bundle_size_${file.replace(/\.js$/, '')}`, statSync(path.join(dir, file)).size / 1024, 'KiB', { gzipKiB: Math.round((gzipSync(body).length / 1024) * 10) / 10 });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
