export interface Candidate {
  id: string;
  /** What the person sees (localized). */
  label: string;
}

export interface Match extends Candidate {
  score: number;
}

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s'-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Optimal string alignment distance, capped: stops early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * Scores how well a typed query fits a label: lower is better, Infinity is no match.
 * Prefixes win, then word prefixes ("out" → "left out"), substrings, then typos.
 */
export function scoreMatch(query: string, label: string): number {
  const q = normalize(query);
  const l = normalize(label);
  if (!q) return Number.POSITIVE_INFINITY;
  if (l === q) return 0;
  if (l.startsWith(q)) return 1 + (l.length - q.length) / 100;
  if (l.split(/[\s-]/).some((w) => w.startsWith(q))) return 2;
  if (q.length >= 3 && l.includes(q)) return 3;
  if (q.length < 3) return Number.POSITIVE_INFINITY;
  const max = q.length >= 6 ? 2 : 1;
  // A typo in what was typed so far: compare with the label's start of about the same length.
  let best = max + 1;
  for (let len = q.length - max; len <= q.length + max; len++) {
    if (len < 1 || len > l.length) continue;
    best = Math.min(best, editDistance(q, l.slice(0, len), max));
  }
  return best <= max ? 4 + best : Number.POSITIVE_INFINITY;
}

/** Candidates that fit the query, best first; ties keep vocabulary order. */
export function matchFeelings(query: string, candidates: readonly Candidate[], limit = 8): Match[] {
  const scored: Match[] = [];
  for (const c of candidates) {
    const score = Math.min(scoreMatch(query, c.label), scoreMatch(query, c.id.replace(/-/g, ' ')));
    if (Number.isFinite(score)) scored.push({ ...c, score });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit);
}
