// Required sections of the analytics content; "no data" must not carry figures.
import { asRecord, requireArray, requireText } from '../common/validate';

export function validateAnalytics(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Analytics', problems);
  if (!c) return problems;
  if (c.status !== 'ok' && c.status !== 'no data') problems.push('"status" must be "ok" or "no data".');
  requireText(c, 'message', problems);
  requireArray(c, 'byChannel', problems, 0);
  requireArray(c, 'goals', problems, 0);
  requireArray(c, 'abTests', problems, 0);
  if (c.status === 'no data' && (c.totals !== null || c.kpis !== null)) problems.push('Analytics with "no data" must not carry totals or KPIs.');
  if (c.status === 'ok' && (c.totals === null || c.kpis === null)) problems.push('Analytics with data needs totals and KPIs.');
  return problems;
}
