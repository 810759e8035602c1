// Required sections of the portal content.
import { asRecord, isRecord, requireArray, requireItemsText, requireText } from '../common/validate';

export function validatePortal(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Portal', problems);
  if (!c) return problems;
  const requests = requireArray(c, 'approvalRequests', problems, 1);
  requireItemsText(requests, ['kind', 'targetId', 'status'], problems, 'approvalRequests');
  if (!requests.some((r) => isRecord(r) && r.kind === 'strategy')) problems.push('"approvalRequests" must include the strategy.');
  requireArray(c, 'history', problems, 0);
  if (!isRecord(c.results)) problems.push('"results" is missing.');
  else requireArray(c.results, 'rows', problems, 0);
  if (!isRecord(c.reviewPack)) problems.push('"reviewPack" is missing.');
  else {
    requireText(c.reviewPack, 'title', problems, 'reviewPack.title');
    requireText(c.reviewPack, 'markdown', problems, 'reviewPack.markdown');
    requireText(c.reviewPack, 'html', problems, 'reviewPack.html');
    if (typeof c.reviewPack.html === 'string' && /<script\b/i.test(c.reviewPack.html)) problems.push('The review pack HTML must not contain scripts.');
    // The pack speaks to the client: no internal version wording.
    for (const field of ['markdown', 'html'] as const) {
      const text = c.reviewPack[field];
      const hit = typeof text === 'string' ? /previous plan \(version|strategy version \d|\bin_review\b|\bchanges_requested\b|P\(best/i.exec(text) : null;
      if (hit) problems.push(`The review pack ${field} uses internal wording ("${hit[0]}").`);
    }
  }
  return problems;
}
