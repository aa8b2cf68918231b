import { TRAP_IDS, type TrapId } from '../db/types';
import { detectLanguage, type Lang } from '../detect/language';
import { detectTraps, isBalanced, MAX_DETECT_CHARS, type Span } from './detect';
import { calibrated, modelLogOdds } from './model';

/** A trap with its calibrated probability (0..1) and the words that raised it, if any rule did. */
export interface RankedTrap {
  trap: TrapId;
  score: number;
  spans: Span[];
}

export interface TrapOffers {
  lang: Lang;
  /** Shown as likely: calibrated probability at least SHOW_AT. */
  shown: RankedTrap[];
  /** Offered quietly below ("maybe"): the next two at least MAYBE_AT. */
  maybe: RankedTrap[];
  /** Every trap, most likely first. */
  ranked: RankedTrap[];
}

/**
 * Where the offers start: chosen by 5-fold cross-validation on the world dev sets
 * (scripts/train/cv-traps.mjs), so a trap is shown as likely when it is right about as often as
 * not, and the quieter "maybe" lets more distorted thoughts find one.
 */
export const SHOW_AT = 0.5;
export const MAYBE_AT = 0.25;
const MAYBE_COUNT = 2;

/**
 * Thinking traps as ranked offers (docs/ARCHITECTURE.md, "Detectors"): the rules (English, with
 * words to highlight) and the word model (English and Spanish) joined per trap into one
 * calibrated probability. A language the detector doesn't read gets no offers; the page says
 * so and lists every trap instead.
 */
export function offerTraps(text: string): TrapOffers {
  const lang = detectLanguage(text);
  if (!text.trim() || lang === 'other') return { lang, shown: [], maybe: [], ranked: [] };
  const rules = new Map(detectTraps(text, { all: true }).map((h) => [h.trap, h]));
  const z = isBalanced(text) ? undefined : modelLogOdds(text.slice(0, MAX_DETECT_CHARS));
  const ranked = TRAP_IDS.map((trap) => {
    const hit = rules.get(trap);
    const rule = hit?.confidence ?? 0;
    // Before the model loads (or once the person has weighed the thought), the rules alone speak.
    const score = z ? calibrated(trap, z[trap] ?? -8, rule) : rule;
    return { trap, score: Math.round(score * 1000) / 1000, spans: hit?.spans ?? [] };
  }).sort((a, b) => b.score - a.score || a.trap.localeCompare(b.trap));
  const shown = ranked.filter((r) => r.score >= SHOW_AT);
  const maybe = ranked.slice(shown.length, shown.length + MAYBE_COUNT).filter((r) => r.score >= MAYBE_AT);
  return { lang, shown, maybe, ranked };
}

/** The traps shown as likely (the `classify traps` CLI's `traps`). */
export function trapLabels(text: string): TrapId[] {
  return offerTraps(text).shown.map((r) => r.trap);
}
