// The Markdown preview behind "Open Artifact" shows project names, errors and insight summaries:
// user text must render as text — no image, link or HTML of its own, no heading or list injected
// through a line separator. Rendered with markdown-it, the engine of VS Code's Markdown preview,
// with HTML allowed as that preview allows it.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { unifiedViewMarkdown } from '../../../src/extension/panels/markdownText';
import type { ProjectUnifiedView, UnifiedArtifact } from '../../../src/orchestrator/services/unifiedView';

const md = new MarkdownIt({ html: true });
const HOSTILE = '![x](https://evil.test/p.png) <img src="https://evil.test/i.png"> [click](https://evil.test/c) <script>alert(1)</script> **bold** `code` &lt;';
const BREAKS = ['\r', '\u2028', '\u2029', '\v', '\f', '\u0085', '\n', '\r\n'];
const injected = (s: string) => BREAKS.map((b) => `${s}${b}# Injected heading${b}- injected item${b}> quoted${b}| a | b |`).join(' ');

function assertInert(html: string, headings: number): void {
  assert.doesNotMatch(html, /<img|<script|<a\s/i, html);
  assert.equal((html.match(/<h[1-6]>/g) ?? []).length, headings, html);
  assert.doesNotMatch(html, /<li>injected|<blockquote>\s*<p>quoted|<table>/, html);
  assert.match(html, /!\[x\]\(https:\/\/evil\.test\/p\.png\)/, 'the text is still shown, as text');
  assert.match(html, /&lt;img src=/);
}

const artifact = (over: Partial<UnifiedArtifact>): UnifiedArtifact => ({ name: 'strategy', label: 'Strategy', status: 'in_review', statusLabel: 'in review', version: 2, content: { a: 1 }, insights: [], skipKaizen: false, statusNote: null, createdAt: '2026-11-01', lastError: null, outOfDate: null, ...over });

describe('Markdown preview text is inert', () => {
  it('escapes the project name, errors, status notes and insight summaries of the unified view', () => {
    const view: ProjectUnifiedView = {
      project: { id: 'p_1', slug: 'acme', name: injected(HOSTILE) },
      artifacts: {
        strategy: artifact({ lastError: injected(HOSTILE), statusNote: injected(HOSTILE), insights: [{ id: 'i1', sentence: 's', summary: injected(HOSTILE) } as never] }),
        media: artifact({ name: 'media', status: 'missing', version: null }),
      },
    };
    assertInert(md.render(unifiedViewMarkdown(view, 'Unified View')), 3);
  });
});
