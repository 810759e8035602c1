// The host's validation of webview messages: valid ones come back typed, anything else is an
// error sentence naming the method and field (and is never applied).
import assert from 'node:assert/strict';
import {
  ApproveCreativesCommand,
  commandMessage,
  ExportReportRequest,
  isCommand,
  isRequest,
  parseHostMessage,
  parseWebviewMessage,
  PipelineSnapshotNotification,
  ReadyCommand,
  RejectStrategyCommand,
  requestMessage,
  webviewMessageTypes,
} from '../../../src/protocol';

describe('protocol: parseWebviewMessage', () => {
  it('accepts a valid command and narrows it with its type guard', () => {
    const r = parseWebviewMessage(commandMessage(ApproveCreativesCommand, { project: 'acme', ids: ['c1', 'c2'], by: 'Dana' }));
    assert.ok(r.ok);
    assert.ok(isCommand(r.message, ApproveCreativesCommand));
    assert.deepEqual(r.message.params.ids, ['c1', 'c2']);
    assert.equal(isCommand(r.message, ReadyCommand), false);
  });

  it('accepts a request with its id', () => {
    const r = parseWebviewMessage(requestMessage(ExportReportRequest, 7, { project: 'acme', format: 'html' }));
    assert.ok(r.ok && isRequest(r.message, ExportReportRequest) && r.message.id === 7);
  });

  it('rejects a reject without a reason, naming the field', () => {
    const r = parseWebviewMessage({ type: 'command', method: RejectStrategyCommand.method, params: { project: 'acme', version: 2, by: 'Dana', reason: '   ' } });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /warroom\/rejectStrategy.*field "reason": must not be empty/);
  });

  it('rejects unknown methods, wrong kinds and non-objects', () => {
    for (const raw of [null, 'x', 42, { type: 'command' }, { type: 'command', method: 'nope/nothing', params: {} }, { type: 'request', id: 1, method: ApproveCreativesCommand.method, params: {} }]) {
      const r = parseWebviewMessage(raw);
      assert.equal(r.ok, false, JSON.stringify(raw));
    }
  });

  it('limits a panel to its own messages', () => {
    const msg = commandMessage(ApproveCreativesCommand, { project: 'acme', ids: ['c1'], by: 'Dana' });
    assert.equal(parseWebviewMessage(msg, webviewMessageTypes('pipeline')).ok, false);
    assert.equal(parseWebviewMessage(msg, webviewMessageTypes('gallery')).ok, true);
  });

  it('rejects empty id lists and bad dates', () => {
    assert.equal(parseWebviewMessage({ type: 'command', method: 'gallery/approveCreatives', params: { project: 'a', ids: [], by: 'D' } }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'command', method: 'gallery/scheduleCreatives', params: { project: 'a', ids: ['c'], date: '12/01/2026' } }).ok, false);
  });
});

describe('protocol: parseHostMessage', () => {
  it('rejects a snapshot that does not match the panel schema', () => {
    const r = parseHostMessage({ type: 'notification', method: PipelineSnapshotNotification.method, params: { data: { columns: 'x' } } }, [PipelineSnapshotNotification]);
    assert.equal(r.ok, false);
  });

  it('checks a response value against the request it answers', () => {
    const good = parseHostMessage({ type: 'response', id: 1, method: ExportReportRequest.method, ok: true, value: { exported: true, message: 'ok', path: '/r.html' } }, [], [ExportReportRequest]);
    const bad = parseHostMessage({ type: 'response', id: 1, method: ExportReportRequest.method, ok: true, value: { exported: 'yes' } }, [], [ExportReportRequest]);
    assert.equal(good.ok, true);
    assert.equal(bad.ok, false);
  });
});
