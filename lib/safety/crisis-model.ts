import { tokens, wordsAndPairs } from '../detect/features';
import { logOdds, type ModelFile, type Scorer, sigmoid, unpack } from '../detect/logistic';
import { conceptFeatures } from './concepts';
import { normalizeForSafety } from './crisis-normalize';

/**
 * The crisis check's second opinion: a word model (logistic regression over accent-folded words,
 * pairs and stems, and the word families of ./concepts.ts, trained by scripts/train-crisis.mjs on
 * the world dev sets in English and Spanish and the team's older sets) that hears indirect ways of
 * saying it the rules don't list. Its weights load with the full check (crisis.ts).
 */
export type CrisisModel = ModelFile<'crisis'>;

/**
 * At or above this, the model alone brings the crisis resources up: chosen by cross-validation
 * that holds out one writers' round at a time (scripts/train/cv-crisis.mjs --by-round), erring
 * toward the panel. With the bar for long texts (barFor), 0.175 hears as much English as 0.2 did
 * without it (97.3%) with fewer idioms and sad texts flagged (10.3% -> 8.7%), and more Spanish.
 */
export const MODEL_THRESHOLD = 0.175;
/**
 * "What do I do?" is everyday: when the writer asks it, the model alone must be surer, or any
 * question about a sister's borrowed clothes would tip it (the dev sets taught it "what do").
 */
export const ASKING_THRESHOLD = 0.4;

/**
 * The model reads every stretch of up to three sentences and speaks if any one reaches the bar,
 * so a long post gets many tries at it, and a long sad post trips it by chance. The bar's log-odds
 * rise by this much times the log of the number of stretches (by-round cross-validation, 25
 * rounds: Spanish heard as much with fewer false alarms, English on the same curve).
 */
export const LENGTH_PENALTY = 0.5;
/** Past this many stretches the bar stops rising: a whole page still lets a plain risk through. */
const MAX_STRETCHES = 20;

/** The bar for a text the model reads in `stretches` stretches, from the bar for one. */
export function barFor(at: number, stretches: number): number {
  const k = Math.min(Math.max(stretches, 1), MAX_STRETCHES);
  return sigmoid(Math.log(at / (1 - at)) + LENGTH_PENALTY * Math.log(k));
}

const sentencesOfNorm = (norm: string) => norm.split(/(?<=[.!?])\s+|\n+/);

let model: Scorer | undefined;
let threshold = MODEL_THRESHOLD;

/** Runs `check` with another threshold (cross-validation only; scripts/train/cv-crisis.mjs). */
export function withThreshold<T>(t: number, check: () => T): T {
  const was = threshold;
  threshold = t;
  try {
    return check();
  } finally {
    threshold = was;
  }
}

/**
 * Words, adjacent pairs and the first five letters of each long word ("~desap" for desaparecer,
 * desaparezca, desaparecí): Spanish says one idea in many endings, and writers the model has not
 * seen use endings it has not seen (by-round cross-validation and a fresh round: fewer false
 * alarms in Spanish at the same recall).
 */
function wordsPairsAndStems(ws: readonly string[]): Set<string> {
  const out = wordsAndPairs(ws);
  for (const w of ws) if (w.length >= 7) out.add(`~${w.slice(0, 5)}`);
  return out;
}

/** Words, pairs, stems and word families of some tokens: the model's features. */
function featuresOf(ws: readonly string[]): Set<string> {
  const out = wordsPairsAndStems(ws);
  for (const c of conceptFeatures(ws.join(' '))) out.add(c);
  return out;
}

/** The model's features of a text, as training sees them. */
export function crisisFeatures(text: string): string[] {
  return [...featuresOf(tokens(normalizeForSafety(text)))];
}

/** 0..1 for one short text (a few sentences). */
export function modelScore(m: Scorer, text: string): number {
  return sigmoid(logOdds(m, featuresOf(tokens(normalizeForSafety(text)))));
}

/**
 * Whether some stretch of up to three sentences of normalized text (normalizeForSafety) scores
 * at or above the threshold (ASKING_THRESHOLD when the writer asks what to do), raised for a long
 * text (barFor); false until the weights have loaded.
 */
export function modelSays(norm: string, { asking = false } = {}): boolean {
  const m = model;
  if (!m) return false;
  const sentences = sentencesOfNorm(norm);
  const at = barFor(asking ? Math.max(threshold, ASKING_THRESHOLD) : threshold, sentences.length - 2);
  return peakOf(m, sentences, at) >= at;
}

/**
 * The highest score of any stretch of up to three sentences of normalized text, or the first at
 * or above `enough` (no need to read on); 0 until the weights have loaded.
 */
export function modelPeak(norm: string, enough = 1): number {
  return model ? peakOf(model, sentencesOfNorm(norm), enough) : 0;
}

/** modelPeak over the text's sentences, split once by the caller. */
function peakOf(m: Scorer, split: readonly string[], enough: number): number {
  // Each sentence's words, pairs and stems are found once; a window adds up three sentences' features
  // (each counted once), the pairs across their boundaries and the window's word families.
  const sentences = split.map(tokens);
  const feats = sentences.map((ws) => wordsPairsAndStems(ws));
  let peak = 0;
  for (let i = 0; i < sentences.length; i++) {
    const seen = new Set<string>();
    const words: string[] = [];
    for (let k = i; k < Math.min(i + 3, sentences.length); k++) {
      const prev = k > i ? sentences[k - 1] : undefined;
      const first = sentences[k]?.[0];
      for (const f of feats[k] ?? []) seen.add(f);
      if (prev?.length && first) seen.add(`${prev[prev.length - 1]} ${first}`);
      words.push(...(sentences[k] ?? []));
    }
    // The families of the whole window: a means in one sentence, a goodbye in the next.
    for (const c of conceptFeatures(words.join(' '))) seen.add(c);
    peak = Math.max(peak, sigmoid(logOdds(m, seen)));
    if (peak >= enough || i + 3 >= sentences.length) break;
  }
  return peak;
}

/** The weights to use (crisis.ts loads them); undefined leaves the rules alone. */
export function setCrisisModel(m: CrisisModel | undefined): void {
  model = m && unpack(m).crisis;
}
