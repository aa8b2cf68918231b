import { TRAP_IDS, type TrapId } from '../db/types';
import { offerTraps } from './offers';

// The same module instances as detectTraps above, for scripts that load the model to score it.
export { loadTrapModel, setTrapModel } from './detect';

export interface LabelledThought {
  id: string;
  text: string;
  traps: TrapId[];
  split?: string;
}

export interface TrapScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface SetScore {
  n: number;
  perTrap: Record<TrapId, TrapScore>;
  /** Micro-averaged over all traps. */
  precision: number;
  recall: number;
  /** Of distorted thoughts: a true trap is among the top three suggestions. */
  top3: number;
  /** Of undistorted thoughts: any suggestion at all. */
  falseAlarm: number;
  /** Exact set match. */
  exact: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores the detector on labelled thoughts (the dev set, or anyone's set in the same shape). */
export function scoreTraps(items: readonly LabelledThought[]): SetScore {
  const per = Object.fromEntries(TRAP_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    TrapId,
    { tp: number; fp: number; fn: number }
  >;
  let distorted = 0;
  let top3 = 0;
  let clean = 0;
  let alarms = 0;
  let exact = 0;
  for (const item of items) {
    // As the page offers them: the likely ones count for precision and recall, and with the
    // quieter "maybe" ones for the top 3 and for false alarms.
    const offers = offerTraps(item.text);
    const hits = offers.shown.map((h) => h.trap);
    const offered = [...hits, ...offers.maybe.map((h) => h.trap)];
    const gold = new Set(item.traps);
    for (const t of TRAP_IDS) {
      const p = hits.includes(t);
      if (p && gold.has(t)) per[t].tp++;
      else if (p) per[t].fp++;
      else if (gold.has(t)) per[t].fn++;
    }
    if (gold.size) {
      distorted++;
      if (offered.slice(0, 3).some((t) => gold.has(t))) top3++;
    } else {
      clean++;
      if (offered.length) alarms++;
    }
    if (hits.length === gold.size && hits.every((t) => gold.has(t))) exact++;
  }
  const perTrap = Object.fromEntries(
    TRAP_IDS.map((t) => {
      const s = per[t];
      return [t, { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) }];
    }),
  ) as Record<TrapId, TrapScore>;
  const sum = (k: 'tp' | 'fp' | 'fn') => TRAP_IDS.reduce((a, t) => a + per[t][k], 0);
  return {
    n: items.length,
    perTrap,
    precision: ratio(sum('tp'), sum('tp') + sum('fp')),
    recall: ratio(sum('tp'), sum('tp') + sum('fn')),
    top3: ratio(top3, distorted),
    falseAlarm: clean === 0 ? 0 : alarms / clean,
    exact: ratio(exact, items.length),
  };
}
