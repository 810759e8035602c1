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
  if (!isRecord(c.reviewPack)) problems.push('"reviewPack" is missing.');
  else {
    requireText(c.reviewPack, 'title', problems, 'reviewPack.title');
    requireText(c.reviewPack, 'markdown', problems, 'reviewPack.markdown');
    requireText(c.reviewPack, 'html', problems, 'reviewPack.html');
    if (typeof c.reviewPack.html === 'string' && /<script\b/i.test(c.reviewPack.html)) problems.push('The review pack HTML must not contain scripts.');
  }
  return problems;
}
