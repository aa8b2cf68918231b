import type { Feeling, Rejection, RejectionKind } from '@/lib/db/types';
import { FAMILY_IDS, type FeelingFamily, familyOf } from './vocabulary';

export type Unit = 'week' | 'month';

/** Start of the local week (Monday) or month that contains `t`. */
export function periodStart(t: number, unit: Unit): number {
  const d = new Date(t);
  if (unit === 'month') return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime();
}

function shift(start: number, unit: Unit, by: number): number {
  const d = new Date(start);
  return unit === 'month'
    ? new Date(d.getFullYear(), d.getMonth() + by, 1).getTime()
    : new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7 * by).getTime();
}

/** The `count` periods ending with the one containing `now`, oldest first: [from, to) each. */
export function periods(now: number, unit: Unit, count: number): { from: number; to: number }[] {
  const last = periodStart(now, unit);
  return Array.from({ length: count }, (_, i) => {
    const from = shift(last, unit, i - count + 1);
    return { from, to: shift(from, unit, 1) };
  });
}

export type FamilyKey = FeelingFamily | 'own';

export interface Period {
  from: number;
  to: number;
  count: number;
  /** Mean of the intensities given (0–10), or null when none was given. */
  intensity: number | null;
  /** Feelings by the family of their main word; the person's own words count as "own". */
  families: Record<FamilyKey, number>;
}

export interface Trends {
  periods: Period[];
  /** Kinds of rejection named with feelings, and rejection events recorded, over the whole span. */
  kinds: { kind: RejectionKind; feelings: number; events: number }[];
}

const emptyFamilies = () =>
  Object.fromEntries([...FAMILY_IDS, 'own'].map((f) => [f, 0])) as Record<FamilyKey, number>;

/** Feelings and rejection events summed by week or month for the chart and its table. */
export function trends(
  feelings: readonly Feeling[],
  rejections: readonly Rejection[],
  { now, unit, count }: { now: number; unit: Unit; count: number },
): Trends {
  const spans = periods(now, unit, count);
  const out: Period[] = spans.map((s) => ({ ...s, count: 0, intensity: null, families: emptyFamilies() }));
  const sums = new Array<number>(spans.length).fill(0);
  const rated = new Array<number>(spans.length).fill(0);
  const from = spans[0]?.from ?? 0;
  const to = spans.at(-1)?.to ?? 0;
  const index = (t: number) => {
    if (t < from || t >= to) return -1;
    // Periods are few (≤ 60): a short scan beats date arithmetic across DST changes.
    for (let i = spans.length - 1; i >= 0; i--) if (t >= (spans[i]?.from ?? 0)) return i;
    return -1;
  };
  const kinds = new Map<RejectionKind, { feelings: number; events: number }>();
  const kindRow = (k: RejectionKind) => {
    let r = kinds.get(k);
    if (!r) {
      r = { feelings: 0, events: 0 };
      kinds.set(k, r);
    }
    return r;
  };
  for (const f of feelings) {
    const i = index(f.createdAt);
    const p = out[i];
    if (!p) continue;
    p.count++;
    p.families[familyOf(f.words[0] ?? '') ?? 'own']++;
    if (f.intensity !== undefined) {
      sums[i] = (sums[i] ?? 0) + f.intensity;
      rated[i] = (rated[i] ?? 0) + 1;
    }
    if (f.kind) kindRow(f.kind).feelings++;
  }
  for (const r of rejections) if (index(r.at) >= 0) kindRow(r.kind).events++;
  out.forEach((p, i) => {
    const n = rated[i] ?? 0;
    p.intensity = n ? Math.round(((sums[i] ?? 0) / n) * 10) / 10 : null;
  });
  return {
    periods: out,
    kinds: [...kinds]
      .map(([kind, c]) => ({ kind, ...c }))
      .sort((a, b) => b.feelings + b.events - (a.feelings + a.events)),
  };
}
