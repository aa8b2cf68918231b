import { modelSays } from './crisis-model';
import {
  ABOUT_OTHERS_RULES,
  ABOUT_TOPIC_RULES,
  type CrisisCue,
  type CrisisRule,
  CUE_DAMPENER_RULES,
  CUE_RULES,
  ENDING_WITH_RULES,
  FIRST_PERSON_RULES,
  HELP_NOW_RULES,
  HYPERBOLE_RULES,
  IDIOM_RULES,
  NAMES_IT_RULES,
  NOT_AT_RISK_RULES,
  ORDINARY_SENSE_RULES,
  OTHER_NOW_RULES,
  REPORTED_RULES,
  RISK_RULES,
  SAID_SAFE_RULES,
  TOPIC_FRAME_RULES,
} from './rules';

export { setCrisisModel, withThreshold } from './crisis-model';

/**
 * The full check (loaded after a page's first render; crisis.ts has the entry points).
 * Notices text that speaks of self-harm or suicide, so crisis resources can come first.
 * Errs toward showing them: a gentle panel shown once too often costs little, one missed costs
 * much. What it listens for, as a clinician would: direct words, passive wishes to be dead or
 * gone, feeling a burden others would be better off without, self-harm (now, past, urges), means
 * and plans, goodbyes; with common typos, internet euphemisms and a little Spanish.
 * Idioms ("this job is killing me", "dying to know", "I'd rather die than go back") stay quiet.
 *
 * The rules are records in ./rules, one file per family; this file is how the families combine.
 */

/** One pattern that matches where any of the records' patterns would. */
const anyOf = (rules: readonly CrisisRule[]) => new RegExp(rules.map((r) => r.pattern.source).join('|'));

const RISK = RISK_RULES.map((r) => r.pattern);
const TOPIC = anyOf(NAMES_IT_RULES);
const HYPERBOLE = anyOf(HYPERBOLE_RULES);
const SAID_SAFE = anyOf(SAID_SAFE_RULES);
const SAID_SAFE_ALL = new RegExp(SAID_SAFE.source, 'g');
const NOT_AT_RISK = anyOf(NOT_AT_RISK_RULES);
const ABOUT_TOPIC = anyOf(ABOUT_TOPIC_RULES);
// Work or study around the subject: its named word and listed signs aren't the writer's.
const TOPIC_FRAME = anyOf(TOPIC_FRAME_RULES);
const ABOUT_OTHERS = anyOf(ABOUT_OTHERS_RULES);
const FIRST_PERSON_RISK = anyOf(FIRST_PERSON_RULES);
// Idioms and accidents the rules already know: the word model doesn't overrule them.
const IDIOM = anyOf(IDIOM_RULES);
// Ordinary senses (a pet put to sleep): the word model leaves their sentence out (modelReads).
const ORDINARY = anyOf(ORDINARY_SENSE_RULES);
// Someone else's words reported: "he said he doesn't want to be here anymore".
const REPORTED = anyOf(REPORTED_RULES);
// Soft signs about someone else: "worried about my flatmate, she's been cutting again".
const CUE_DAMPENERS = anyOf(CUE_DAMPENER_RULES);
const ENDING_WITH = anyOf(ENDING_WITH_RULES);
// Someone else at risk now (rules/help-now.ts): their act or means, or the writer asking what to do.
const OTHER_NOW = anyOf(OTHER_NOW_RULES);
const HELP_NOW = anyOf(HELP_NOW_RULES);

/** A soft cue as the counting reads it: every match, its weight, the group it counts in. */
export type CountedCue = readonly [RegExp, number, string];

// Up to two different words of one cue count ("the knife block", "my wrists"); means and places
// count once between them: "pills" and "the bridge" are ordinary words, even together.
export const countedCues = (cues: readonly CrisisCue[]): CountedCue[] =>
  cues.map((c) => [new RegExp(c.pattern.source, 'g'), c.weight, c.group ?? c.id] as const);

const CUES = countedCues(CUE_RULES);
/** Soft signs count together only when they are close: a few sentences, not a whole book. */
const CUE_WINDOW = 400;

/** Whether some stretch of CUE_WINDOW characters holds soft signs weighing 2 or more. */
export function cuesAddUp(norm: string, cues: readonly CountedCue[] = CUES): boolean {
  const hits: { at: number; group: string; text: string; weight: number }[] = [];
  for (const [re, weight, group] of cues)
    for (const m of norm.matchAll(re)) hits.push({ at: m.index ?? 0, group, text: m[0], weight });
  if (hits.length < 2 && !hits.some((h) => h.weight >= 2)) return false;
  hits.sort((a, b) => a.at - b.at);
  for (let i = 0; i < hits.length; i++) {
    const start = hits[i]?.at ?? 0;
    // Two different signs of one kind ("the knife block", "my wrists") count as two; accidents once.
    const seen = new Map<string, Set<string>>();
    let score = 0;
    for (let j = i; j < hits.length; j++) {
      const h = hits[j];
      if (!h || h.at - start > CUE_WINDOW) break;
      const texts = seen.get(h.group) ?? new Set<string>();
      seen.set(h.group, texts);
      if (texts.has(h.text) || texts.size >= (h.weight < 0 || h.group === 'means' ? 1 : 2)) continue;
      texts.add(h.text);
      score += h.weight;
    }
    if (score >= 2) return true;
  }
  return false;
}

export function fullCrisisCheck(norm: string): boolean {
  // Long selections are scanned in full; the patterns have no nested repetition and only bounded
  // gaps, so each scan is linear.
  if (HYPERBOLE.test(norm)) return false;
  // A recovery told or a risk denied quiets its own words and the story it tells, not the rest:
  // "Me quiero morir. Llevo 30 días sin cortarme" is a risk.
  if (SAID_SAFE.test(norm)) return saysRiskBeyond(norm);
  return readsAsRisk(norm);
}

// The past or a question told around a recovery ("I used to cut", "me cortaba de adolescente",
// "asked if I still think about dying"): part of the story the quiet record tells.
const TOLD_AS_PAST =
  /\b(?:used\s+to|back\s+then|when\s+i\s+was|years?\s+ago|at\s+(?:age\s+\d{1,2}|1\d)(?!\s*(?:am|pm|:|o'?clock))|as\s+a\s+(?:teen\w*|kid|child|student)|in\s+my\s+(?:teens|twenties|thirties)|was\s+my\s+whole\s+life|in\s+(?:college|uni|high\s+school|yr\s+\d+|year\s+\d+|(?:19|20)\d\d)|asked\s+(?:me\s+)?if|hace\s+\w+\s+anos?|de\s+(?:adolescente|chic[oa]|joven|pequen[oa])|a\s+los\s+\d{1,2}(?!\s+(?:minutos|segundos|horas|dias|semanas|meses))|en\s+la\s+(?:secundaria|prepa)|me\s+(?:cortaba|hacia\s+dano|autolesionaba)|pregunt\w+\s+si|el\s+ano\s+que|cuando\s+(?:me\s+)?(?:divorcie|separe|rompi|quede|perdi|fui|era|tenia|estaba|llegue|murio)|de\s+morr[oa]|desde\s+los\s+\d{1,2}\s+hasta|(?:eso\s+)?fue\s+en\s+(?:19|20)\d\d|eso\s+fue\s+el\s+(?:19|20)?\d\d|en\s+el\s+(?:liceo|colegio|cole|insti(?:tuto)?))\b/;

// A sentence that also speaks of now is not only the past: "I used to cut and started again last night".
const SAID_AS_NOW =
  /\b(?:again|(?<!\bago\s)today|tonight|tomorrow|last\s+night|yesterday|(?<!\bago\s)this\s+(?:week|morning)|(?<!\b(?:you'?re|you\s+are)\s+(?:in\s+it\s+)?)right\s+now|lately|started|relaps\w*|lied|these\s+(?:days|past|last)|all\s+week|every\s+night|toda\s+la\s+semana|todas\s+las\s+noches|cada\s+noche|past\s+few\s+(?:days|weeks|months)|this\s+month|last\s+week|keep\s+thinking|estos\s+(?:dias|meses|ultimos)|estas\s+(?:semanas|ultimas)|desde\s+hace\s+(?:unas?|unos|un\s+par|poco)|de\s+vuelta|mentira|compre|tengo\s+ganas|(?:lo\s+unico\s+que\s+)?pienso\s+(?:es\s+)?en\s+(?:quitarme|matarme|morir|suicid\w+|tirarme)|otra\s+vez|de\s+nuevo|(?<!\bcomo\s)hoy(?!\s+hace)|manana|anoche|ayer|esta\s+(?:semana|noche)|ultimamente|volvi\w*|vuelvo|recai\w*|menti|i\s+(?:want|wanna|need)|i'?m\s+(?:going|gonna)|i\s+still\s+(?:want|wish|feel\s+like)|(?:i\s+have|i'?ve\s+got)\s+(?:the|a|my)\s+(?:rope|pills|blade|razor|gun|plan)|i\s+wish|ojala|still\s+(?:have|got|keep)\s+(?:the|a|my)\s+(?:rope|pills|blade|razor|gun|note)|todavia\s+(?:quiero|pienso|l[ao]s?\s+tengo\s+guardad)|quiero|voy\s+a|tengo\s+(?:la\s+(?:cuerda|soga|navaja|cuchilla)|las\s+pastillas|el\s+plan)|esta\s+vez)\b/;

/**
 * After a recovery or a denial: each sentence without the quiet words it holds, those told as past
 * left out, and the rest heard as any text is. Sentence by sentence, so a long quiet match can't
 * swallow a risk said between its ends.
 */
function saysRiskBeyond(norm: string): boolean {
  const now = sentencesOf(norm)
    .filter((s) => !TOLD_AS_PAST.test(s) || SAID_AS_NOW.test(s))
    .map((s) => s.replace(SAID_SAFE_ALL, ' '))
    .join(' ');
  return /\p{L}{3}/u.test(now) && readsAsRisk(now);
}

/** The check on a text with nothing quieted as a whole: someone else now, rules, signs, the model. */
function readsAsRisk(norm: string): boolean {
  if (OTHER_NOW.test(norm) && !ABOUT_TOPIC.test(norm)) return true;
  // Asking what to do for someone now: their words and signs count as the writer's would.
  const helpNow = HELP_NOW.test(norm);
  if (RISK.some((p) => p.test(norm)) && (helpNow || !REPORTED.test(norm) || ownRiskSentence(norm)))
    return true;
  const aboutOthers = !helpNow && (CUE_DAMPENERS.test(norm) || REPORTED.test(norm));
  // "I'm ending it with him tonight, I've made up my mind": a decision about someone, not a plan.
  const framed = TOPIC_FRAME.test(norm);
  if (!aboutOthers && !framed && !ENDING_WITH.test(norm) && cuesAddUp(norm)) return true;
  if ((!framed || FIRST_PERSON_RISK.test(norm)) && namesItForSelf(norm)) return true;
  // The word model hears indirect ways the rules don't list (once its weights have loaded).
  return (
    !aboutOthers &&
    !NOT_AT_RISK.test(norm) &&
    !IDIOM.test(norm) &&
    modelSays(modelReads(norm), { asking: helpNow })
  );
}

// The words of talk about the subject ("a book about self-harm"), wherever they are.
const ABOUT_TOPIC_ALL = new RegExp(ABOUT_TOPIC.source, 'g');

/**
 * The text the word model reads, sentence by sentence: without a sentence an ordinary sense quiets
 * (its own guard keeps the writer's wish out of it), and without the words of talk about the
 * subject, so "Slides for class on self-harm. I did it again last night" and "a webinar on
 * self-harm today, sleeves down over last night's cuts" are still heard.
 */
function modelReads(norm: string): string {
  // A whole book is read as it is (a sentence at a time would be slow): errs toward the panel.
  if (norm.length > 20_000) return norm;
  return sentencesOf(norm)
    .filter((s) => !ORDINARY.test(s))
    .map((s) => s.replace(ABOUT_TOPIC_ALL, ' '))
    .join('\n');
}

const sentencesOf = (norm: string) => norm.split(/(?<=[.!?;])\s+|\n+/);

/** "She said she never loved me. I want to die.": a sentence of the writer's own, apart from the report. */
function ownRiskSentence(norm: string): boolean {
  // Every rule on every sentence is too slow for a whole book: there, err toward the panel.
  if (norm.length > 20_000) return true;
  return sentencesOf(norm).some((s) => !REPORTED.test(s) && RISK.some((p) => p.test(s)));
}

/**
 * The subject named: a risk unless every sentence naming it is plainly about the topic ("an
 * essay on self-harm") or about someone else ("my friend is suicidal"), and not the writer's own
 * ("writing a piece on the law and I want to commit suicide").
 */
function namesItForSelf(norm: string): boolean {
  if (!TOPIC.test(norm) || NOT_AT_RISK.test(norm)) return false;
  return sentencesOf(norm).some(
    (s) => TOPIC.test(s) && (FIRST_PERSON_RISK.test(s) || (!ABOUT_TOPIC.test(s) && !ABOUT_OTHERS.test(s))),
  );
}
