// The harness itself: the page really enforces the strict CSP, and a violation or a dialog is
// seen (so the panel tests' "no CSP violation" check can fail).
import assert from 'node:assert/strict';
import { openPanel } from './harness/fakeHost';
import { usePanelEnv } from './harness/suite';
import { pipelineData, snapshot } from './fixtures';

describe('Panel test harness', () => {
  const env = usePanelEnv();

  it('reports an inline style attribute, an inline script and eval as CSP violations', async () => {
    const p = await openPanel(env.browser, env.server, 'pipeline', { snapshot: snapshot(pipelineData([])) });
    await p.waitForPosted('webview/ready');
    await p.page.evaluate(`(() => {
      const d = document.createElement('div');
      d.setAttribute('style', 'color: red');
      document.body.append(d);
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      const probe = document.createElement('script');
      probe.nonce = document.querySelector('script[nonce]').nonce;
      probe.src = '/harness/eval-probe.js';
      document.body.append(probe);
    })()`);
    await p.page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 3);
    assert.equal(await p.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran), undefined, 'the inline script did not run');
    assert.equal(await p.page.evaluate(() => (window as unknown as { __evalBlocked?: boolean }).__evalBlocked), true, 'eval is blocked for the page\'s scripts');
    assert.ok(p.problems.some((x) => /CSP violation: style-src-attr/.test(x)), p.problems.join('\n'));
    assert.ok(p.problems.some((x) => /CSP violation: script-src-elem/.test(x)), p.problems.join('\n'));
    assert.ok(p.problems.some((x) => /CSP violation: script-src blocked eval/.test(x)), p.problems.join('\n'));
    await p.close();
  });

  it('rejects messages that are not in the panel protocol', async () => {
    const p = await openPanel(env.browser, env.server, 'pipeline', { snapshot: snapshot(pipelineData([])) });
    await p.waitForPosted('webview/ready');
    await p.page.evaluate(`(() => {
      window.__aicmoHostReceive({ type: 'command', method: 'gallery/approveCreatives', params: { project: 'x', ids: ['a'], by: 'me' } });
      window.__aicmoHostReceive({ type: 'command', method: 'webview/openPanel', params: { panel: 'nope' } });
    })()`);
    await p.page.waitForTimeout(100);
    assert.equal(p.rejected.length, 2, p.rejected.join('\n'));
    assert.match(p.rejected[0]!, /no such command/);
    assert.match(p.rejected[1]!, /field "panel"/);
    await p.close();
  });
});
