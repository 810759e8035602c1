// Sorting of the PM tasks table (nulls last in either direction).
import type { PmTaskView } from '../../protocol/panels/pm';

export const TASK_SORT_KEYS = ['title', 'phase', 'role', 'status', 'start', 'due', 'estimatedHours', 'actualHours'] as const;
export type TaskSortKey = (typeof TASK_SORT_KEYS)[number];

export function sortTasks(tasks: readonly PmTaskView[], key: TaskSortKey, dir: 'asc' | 'desc'): PmTaskView[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...tasks].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}
