import type { EmailCue } from './rules/shared';

/*
 * The guards a cue passes before it counts (docs/ARCHITECTURE.md, "Detectors"): a no said as a
 * fact to the reader, not after a conditional or about someone else; other mail not negated.
 */

// Conditionals and third parties make a cue hypothetical when they come before it in a sentence.
// Said in Spanish too: "si no recibes noticias…", "solo contactaremos…", "los candidatos que…".
export const HYPOTHETICAL_ES =
  /\b(?:si|en caso de(?: que)?|cuando|siempre que|(?:los|las|aquell[oa]s) (?:candidat[oa]s|personas|postulantes|perfiles) (?:que|cuy[oa]s?)|quien(?:es)?)\b|\bsolo (?:(?:a )?(?:los|las) |nos pondremos|contactaremos)|¿[^?]*$/;
export const HYPOTHETICAL =
  /\b(?:if|once|should (?:we|you|your|the|it)|what to do|how to|(?:told|tells|said|says) (?:me|us|him|her|them)|in the event|unless|whether|in case|regardless|(?:candidates|applicants|those|anyone|people|everyone) (?:who|that|whose))\b|\bonly (?:candidates|applicants|shortlisted)\b|\b(?:his|her|their|[a-z]+'s) (?:application|candidacy|interview)\b|\b(?:he|she|they) (?:interviewed|applied)\b/;
const WITHDRAWN = /\b(?:withdraw\w*|rescind\w*|retract\w*|revok\w*)\b/;
// Negation in a sentence turns a cue of other mail into part of a no ("we won't be scheduling").
const NEGATED = /\b(?:not|n't|unable|no longer|unfortunately|regret)\b/;

// Single quotes count only as quotes, not apostrophes: they open and close outside a word.
export const QUOTED =
  /"[^"\n]{3,200}"|“[^”\n]{3,200}”|«[^»\n]{3,200}»|(?<![a-z0-9])'(?:[^'\n]|'(?=[a-z])){3,200}?'(?![a-z])/g;

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b|\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not');
}

/**
 * The cue's match in a sentence, unless a guard stops it: for a no, a conditional or a third party
 * before it; for other mail, a negation in the sentence, or for a firm cue a withdrawal.
 */
export function cueMatch(cue: EmailCue, sentence: string, positive: boolean): RegExpExecArray | null {
  const m = cue.pattern.exec(sentence);
  if (!m) return null;
  if (positive) {
    const before = sentence.slice(0, m.index);
    return HYPOTHETICAL.test(before) || HYPOTHETICAL_ES.test(before) ? null : m;
  }
  if (!cue.firm) return NEGATED.test(sentence) ? null : m;
  // "we must rescind the offer of employment": the offer words are the no; the reader's own
  // withdrawal ("you have withdrawn your application") is what its cue says.
  return WITHDRAWN.test(sentence) && !cue.labels.includes('withdrawal') ? null : m;
}
