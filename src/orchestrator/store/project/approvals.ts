// The `approval_actions` table of a project file: the audit trail of decisions (with the events).
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import type { ApprovalActionKind, ApprovalActionRecord } from '../../subsystems/types';
import { allRows, text, textOrNull, type Row } from '../sqlRows';

export interface NewApprovalAction {
  targetKind: string;
  targetId: string;
  action: ApprovalActionKind;
  actor: { name: string; kind: 'internal' | 'client' };
  comment?: string | null;
  at: string;
}

export interface ApprovalsReader {
  /** Approval actions oldest first (ties by id, which sorts by creation time), of all targets or of one kind/target. */
  list(target?: { kind: string; id?: string }): ApprovalActionRecord[];
}

export interface ApprovalsWriter extends ApprovalsReader {
  record(a: NewApprovalAction): ApprovalActionRecord;
}

function toAction(r: Row): ApprovalActionRecord {
  const comment = textOrNull(r.comment);
  return {
    id: text(r.id),
    at: text(r.at),
    actor: { name: text(r.actor), kind: text(r.actor_kind) === 'client' ? 'client' : 'internal' },
    action: text(r.action) as ApprovalActionKind,
    target: { kind: text(r.target_kind), id: text(r.target_id) },
    ...(comment === null ? {} : { comment }),
  };
}

export function readApprovals(db: Database): ApprovalsReader {
  return {
    list(target) {
      if (target?.id !== undefined) {
        return allRows(db, 'SELECT * FROM approval_actions WHERE target_kind = ? AND target_id = ? ORDER BY at, id', [target.kind, target.id]).map(toAction);
      }
      if (target) return allRows(db, 'SELECT * FROM approval_actions WHERE target_kind = ? ORDER BY at, id', [target.kind]).map(toAction);
      return allRows(db, 'SELECT * FROM approval_actions ORDER BY at, id').map(toAction);
    },
  };
}

export function writeApprovals(db: Database, touch: () => void): ApprovalsWriter {
  return {
    ...readApprovals(db),
    record(a) {
      touch();
      const id = newId('aa_');
      db.run('INSERT INTO approval_actions(id, target_kind, target_id, action, actor, actor_kind, comment, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)', [
        id,
        a.targetKind,
        a.targetId,
        a.action,
        a.actor.name,
        a.actor.kind,
        a.comment ?? null,
        a.at,
      ]);
      return { id, at: a.at, actor: a.actor, action: a.action, target: { kind: a.targetKind, id: a.targetId }, ...(a.comment ? { comment: a.comment } : {}) };
    },
  };
}
