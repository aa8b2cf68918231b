/**
 * The word models' features (crisis check, trap detector, email classifier): the words of a
 * text and each adjacent pair, from lower-cased text with straight apostrophes.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Each word once, then each adjacent pair once. */
export function wordsAndPairs(ws: readonly string[]): Set<string> {
  const out = new Set(ws);
  for (let i = 0; i + 1 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]}`);
  return out;
}
