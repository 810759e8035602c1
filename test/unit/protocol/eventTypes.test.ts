// Event types in people's words, for the Kaizen panel's event stream and type filter.
import assert from 'node:assert/strict';
import { eventTypeName } from '../../../src/protocol/eventTypes';

describe('eventTypeName', () => {
  it('names the known subjects and verbs as a strategist says them', () => {
    assert.equal(eventTypeName('creative.changes_requested'), 'Creative changes requested');
    assert.equal(eventTypeName('metrics.imported'), 'Results imported');
    assert.equal(eventTypeName('flow.completed'), 'Run completed');
    assert.equal(eventTypeName('artifact.stale'), 'Output marked stale');
    assert.equal(eventTypeName('task.status_changed'), 'Task status changed');
  });

  it('reads an unknown type as its words, never inventing one', () => {
    assert.equal(eventTypeName('budget.moved'), 'Budget moved');
    assert.equal(eventTypeName('heartbeat'), 'Heartbeat');
    assert.equal(eventTypeName(''), '');
  });
});
