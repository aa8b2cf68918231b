/**
 * The word models' features, the same in training and in use: the words of a text and each
 * adjacent pair. Accents are folded ("está" → "esta", "ñ" → "n") so English and Spanish read
 * alike, and typed with or without accents, as people do on phones.
 */
export function tokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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

/** A text's features. */
export function features(text: string): Set<string> {
  return wordsAndPairs(tokens(text));
}
