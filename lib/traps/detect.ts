import type { TrapId } from '../db/types';
import { RULES, type TrapRule } from './rules';

export { loadTrapModel, setTrapModel, subscribeTrapModel, trapModelLoaded } from './model';

/** Where in the person's text a trap was noticed: [start, end) character offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface TrapHit {
  trap: TrapId;
  /** 0..1: how sure the detector is (rules combined as independent clues). */
  confidence: number;
  /** The words that triggered it, in the original text, for highlighting. */
  spans: Span[];
}

/** The detector reads at most this much (docs/ARCHITECTURE.md, "Reframe hand-off": 2,000 characters). */
export const MAX_DETECT_CHARS = 2000;
/** Hits below this are not offered as suggestions. */
export const SUGGEST_AT = 0.5;

/**
 * Same length as the input, so offsets found in it are offsets in the original: ASCII lower case,
 * curly quotes and apostrophes made straight.
 */
export function normalizeForTraps(text: string): string {
  return text.replace(/[A-Z’‘`´“”„«»]/g, (c) => {
    if (c === '“' || c === '”' || c === '„' || c === '«' || c === '»') return '"';
    if (c === '’' || c === '‘' || c === '`' || c === '´') return "'";
    return c.toLowerCase();
  });
}

// The person is already questioning the thought in this clause ("I don't think everyone hates me",
// "it doesn't mean I'm a failure", "I used to believe…"): not a trap to point out.
const DISTANCED =
  /\b(?:(?:don'?t|do not|doesn'?t|does not|didn'?t|did not)\s+(?:really\s+)?(?:think|believe|mean|make|prove)|not\s+(?:that|true|necessarily|like|because)|no longer|stop(?:ped)?\s+(?:telling|saying|thinking|believing)|used to\s+(?:think|believe|feel|tell)|isn'?t\s+(?:true|proof|evidence)|instead of\s+(?:thinking|saying|telling)|doesn'?t mean|it'?s ok(?:ay)?\s+(?:that|if))\b[^.!?;]*$/;

// Reported speech by someone else ("my boss said 'you never listen'") is their words, not a
// thought of the person's. Their own self-talk in quotes still counts.
const SPEECH_BY_OTHERS =
  /\b(?:he|she|they|someone|somebody|my\s+\w+|[a-z]+)\s+(?:said|says|told me|wrote|writes|texted|replied|asked|posted|yelled|messaged)\s*[,:]?\s*$/;
const SELF_TALK = /\b(?:i|i'?ve|i'?d)\s+(?:said|told|tell|wrote|keep\s+telling)\b|\bmyself\b/;

/** Clause bounds and quote state for every position, found once per text (linear). */
interface Layout {
  norm: string;
  /** Where the clause holding each position starts ("." "!" "?" ";" newline or " but " end one). */
  from: Int32Array;
  /** Where it ends. */
  to: Int32Array;
  /** The opening double quote around each position, or -1 outside quotes. */
  quote: Int32Array;
}

function layout(norm: string): Layout {
  const n = norm.length;
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  const quote = new Int32Array(n + 1);
  let clause = 0;
  let open = -1;
  for (let i = 0; i <= n; i++) {
    const c = norm[i - 1];
    if (i > 0 && (c === '.' || c === '!' || c === '?' || c === ';' || c === '\n')) clause = i;
    else if (i > 0 && c === ' ' && norm.startsWith('but ', i)) clause = i;
    from[i] = clause;
    quote[i] = open;
    if (norm[i] === '"') open = open < 0 ? i : -1;
  }
  let end = n;
  for (let i = n; i >= 0; i--) {
    const c = norm[i];
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === '\n') end = i;
    to[i] = end;
  }
  return { norm, from, to, quote };
}

function quotedByOthers(l: Layout, at: number): boolean {
  const open = l.quote[at] ?? -1;
  if (open < 0) return false;
  const before = l.norm.slice(Math.max(0, open - 60), open);
  return SPEECH_BY_OTHERS.test(before) && !SELF_TALK.test(before);
}

function applies(rule: TrapRule, l: Layout, m: RegExpExecArray): boolean {
  const start = m.index;
  if (quotedByOthers(l, start)) return false;
  const from = l.from[start] ?? 0;
  const prefix = l.norm.slice(from, start);
  if (!rule.keepNegated && DISTANCED.test(prefix)) return false;
  if (rule.notAfter?.test(prefix)) return false;
  if (rule.unless || rule.needs) {
    const clause = l.norm.slice(from, Math.max(l.to[start] ?? l.norm.length, start + m[0].length));
    if (rule.unless?.test(clause)) return false;
    if (rule.needs && !rule.needs.test(clause.replace(m[0], ' '))) return false;
  }
  return true;
}

/** Where one rule fires in a laid-out text: its gate, its pattern, then clause, quote and negation checks. */
function firings(rule: TrapRule, l: Layout): Span[] {
  const spans: Span[] = [];
  if (rule.gate && !rule.gate.some((g) => l.norm.includes(g))) return spans;
  rule.pattern.lastIndex = 0;
  let m = rule.pattern.exec(l.norm);
  while (m) {
    if (m[0].length === 0) {
      rule.pattern.lastIndex++;
    } else if (applies(rule, l, m)) {
      // The trigger is the named group "t" when a rule has one, else the whole match.
      const t = m.groups?.t;
      const offset = t === undefined ? 0 : m[0].indexOf(t);
      spans.push({
        start: m.index + Math.max(0, offset),
        end: m.index + Math.max(0, offset) + (t ?? m[0]).length,
      });
    }
    m = rule.pattern.exec(l.norm);
  }
  return spans;
}

/** Where one rule fires in a text, as detectTraps reads it (for tests of each rule's example). */
export function ruleFirings(rule: TrapRule, text: string): Span[] {
  return firings(rule, layout(normalizeForTraps(text.slice(0, MAX_DETECT_CHARS))));
}

/**
 * Thinking traps (docs/ARCHITECTURE.md, "Thinking-trap labels") in a thought, most likely first: explainable rules over
 * general cues (absolutes, self-labels, "they think I…", "I should…", "what if… will"), each
 * with the words that triggered it. Returns [] for feelings and facts that aren't distorted.
 */
export function detectTraps(text: string, opts: { all?: boolean } = {}): TrapHit[] {
  if (!text) return [];
  const norm = normalizeForTraps(text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text);
  const l = layout(norm);
  const found = new Map<TrapId, { miss: number; spans: Span[] }>();
  for (const rule of RULES) {
    for (const span of firings(rule, l)) {
      for (const trap of rule.labels) {
        const f = found.get(trap) ?? { miss: 1, spans: [] };
        // Independent clues: noisy-or, so two weak cues outweigh one.
        f.miss *= 1 - rule.weight;
        if (!f.spans.some((s) => s.start < span.end && span.start < s.end)) f.spans.push(span);
        found.set(trap, f);
      }
    }
  }
  explainedQuantifiers(found, l);
  // "…and that's ok", "fair enough": the person has already weighed the thought; only strong
  // clues still speak, and the word model stays quiet.
  const balanced = BALANCED.test(norm);
  const hits: TrapHit[] = [];
  for (const [trap, f] of found) {
    const confidence = Math.round((1 - f.miss) * (balanced ? 0.6 : 1) * 1000) / 1000;
    if (opts.all || confidence >= SUGGEST_AT) {
      hits.push({ trap, confidence, spans: f.spans.sort((a, b) => a.start - b.start) });
    }
  }
  return hits.sort((a, b) => b.confidence - a.confidence || a.trap.localeCompare(b.trap));
}

const BALANCED =
  /\b(?:and|but)\s+(?:that'?s|it'?s|this\s+is)\s+(?:(?:totally|completely|perfectly|also)\s+)?(?:ok|okay|fine|allowed|alright|normal|human|understandable)\b|\bfair\s+enough\b|\bthat'?s\s+(?:just\s+)?life\b|\bboth\s+(?:are|can\s+be)\s+(?:fine|true|ok|okay)\b/;

// "Everyone must be laughing at me", "everyone's better than me", "my gut's always right", "I'll
// have no one left": the quantifier serves another trap in the same clause; it is not a rule
// drawn from one event. (Rumination's "over and over" is both, as people label it.)
const QUANTIFIER_SERVES: TrapId[] = [
  'mind-reading',
  'comparing-despairing',
  'blaming',
  'emotional-reasoning',
  'catastrophizing',
];

function explainedQuantifiers(found: Map<TrapId, { miss: number; spans: Span[] }>, l: Layout): void {
  const over = found.get('overgeneralizing');
  if (!over) return;
  const clauseOf = (s: Span) => l.from[s.start] ?? 0;
  const served = (s: Span) =>
    QUANTIFIER_SERVES.some((t) => found.get(t)?.spans.some((o) => clauseOf(o) === clauseOf(s)));
  if (over.spans.every(served)) found.delete('overgeneralizing');
}

/** Whether the person has already weighed the thought ("…and that's ok", "fair enough"). */
export function isBalanced(text: string): boolean {
  return BALANCED.test(normalizeForTraps(text.slice(0, MAX_DETECT_CHARS)));
}
