// Calibration of task estimates from completed tasks. The observed ratio actual ÷ estimated is
// shrunk towards 1 by `priorTasks` pseudo-tasks (so two tasks cannot double every estimate) and
// kept within [0.5, 3]: factor = (n·ratio + k·1) / (n + k).
import type { EstimateAccuracy } from './types';

export const CALIBRATION_PRIOR_TASKS = 3;
export const CALIBRATION_BOUNDS = { min: 0.5, max: 3 } as const;

export function calibrationFactor(accuracy: EstimateAccuracy, priorTasks = CALIBRATION_PRIOR_TASKS): number {
  if (!(accuracy.n > 0) || !(accuracy.estimated > 0) || !Number.isFinite(accuracy.ratio)) return 1;
  const shrunk = (accuracy.n * accuracy.ratio + priorTasks) / (accuracy.n + priorTasks);
  return Math.min(CALIBRATION_BOUNDS.max, Math.max(CALIBRATION_BOUNDS.min, shrunk));
}
