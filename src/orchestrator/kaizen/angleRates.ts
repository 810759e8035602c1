// Creative angle approval rates, smoothed with a Beta prior so that one decision does not swing
// the ranking: rate = (approved + a) / (approved + rejected + a + b). With a = b = 1 (a uniform
// prior) an angle nobody has judged yet sits at 50 %.

export const ANGLE_PRIOR = { alpha: 1, beta: 1 } as const;

export function smoothedApprovalRate(approved: number, rejected: number, prior: { alpha: number; beta: number } = ANGLE_PRIOR): number {
  const a = Math.max(0, approved);
  const r = Math.max(0, rejected);
  return (a + prior.alpha) / (a + r + prior.alpha + prior.beta);
}
