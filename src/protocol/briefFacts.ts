// A brief fact's id as a person reads it ("benefit:0" → "benefit 1", "proof:1" → "proof point 2",
// "offer" → "the offer"), for the creatives' "uses …" line. Pure; an unknown id reads as its words.

const KINDS: Record<string, string> = { benefit: 'benefit', proof: 'proof point', mustInclude: 'must-include line' };

export function briefFactName(id: string): string {
  if (id === 'offer') return 'the offer';
  const m = /^([a-zA-Z]+):(\d+)$/.exec(id);
  if (m) return `${KINDS[m[1]!] ?? m[1]!} ${Number(m[2]) + 1}`;
  return id.replace(/[_:-]+/g, ' ');
}
