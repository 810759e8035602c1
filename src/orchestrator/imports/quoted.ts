// Text from a file as it appears inside an error sentence: in double quotes, line breaks and
// other control characters escaped (a refusal stays one `line N: reason` per line), and cut to a
// readable length (a swallowed cell can hold a whole file).
const MAX_SHOWN = 60;

export function quoted(text: string, max = MAX_SHOWN): string {
  const chars = [...text];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text);
}
