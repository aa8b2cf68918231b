import { BURDEN_RULES } from './burden';
import { ES_CUES } from './cues-es';
import { GONE_CUES } from './cues-gone';
import { LAST_WORDS_CUES } from './cues-last-words';
import { MEANS_CUES } from './cues-means';
import { SELF_HARM_CUES } from './cues-self-harm';
import { DIRECT_RULES } from './direct';
import { END_LIFE_RULES } from './end-life';
import { END_LIFE_ES_RULES } from './end-life-es';
import { GOODBYE_RULES } from './goodbye';
import { GOODBYE_ES_RULES } from './goodbye-es';
import { HELP_NOW_RULES, OTHER_NOW_RULES } from './help-now';
import { HYPERBOLE_RULES as HYPERBOLE_EN } from './hyperbole';
import { ENDING_WITH_RULES, IDIOM_RULES as IDIOM_EN } from './idiom';
import { IDIOM_ES_RULES } from './idiom-es';
import { METHOD_RULES } from './method';
import { METHOD_ES_RULES } from './method-es';
import { FIRST_PERSON_RULES, NAMES_IT_RULES as NAMES_IT_EN } from './names-it';
import { NO_POINT_RULES } from './no-point';
import { ORDINARY_SENSE_RULES } from './ordinary-sense';
import { ABOUT_OTHERS_RULES, CUE_DAMPENER_RULES } from './other-at-risk';
import { OTHER_AT_RISK_ES_RULES } from './other-at-risk-es';
import { PASSIVE_WISH_RULES } from './passive-wish';
import { PASSIVE_WISH_ES_RULES } from './passive-wish-es';
import { PLAN_RULES } from './plan';
import { ABOUT_TOPIC_ES_RULES, HYPERBOLE_ES_RULES, NAMES_IT_ES_RULES, SAID_SAFE_ES_RULES } from './quiet-es';
import { REPORTED_RULES } from './reported';
import { SAID_SAFE_RULES as SAID_SAFE_EN, SHORT_TEXT_SAID_SAFE_RULES } from './said-safe';
import { SELF_HARM_RULES } from './self-harm';
import { SELF_HARM_ES_RULES } from './self-harm-es';
import type { CrisisCue, CrisisRule } from './shared';
import { ABOUT_TOPIC_RULES as ABOUT_TOPIC_EN, NOT_AT_RISK_RULES } from './topic';
import { TOPIC_FRAME_RULES } from './topic-frame';
import { WELCOME_DEATH_RULES } from './welcome-death';

/** The full check's records, by the part of the check (../crisis-rules.ts) that reads them. */
export type { CrisisCue, CrisisLabel, CrisisRule } from './shared';
export {
  ABOUT_OTHERS_RULES,
  CUE_DAMPENER_RULES,
  ENDING_WITH_RULES,
  FIRST_PERSON_RULES,
  HELP_NOW_RULES,
  NOT_AT_RISK_RULES,
  ORDINARY_SENSE_RULES,
  OTHER_NOW_RULES,
  REPORTED_RULES,
  TOPIC_FRAME_RULES,
};

// English and Spanish records of the same part of the check read as one list.
export const HYPERBOLE_RULES: readonly CrisisRule[] = [
  ...HYPERBOLE_EN,
  ...HYPERBOLE_ES_RULES,
  ...SHORT_TEXT_SAID_SAFE_RULES,
];
export const SAID_SAFE_RULES: readonly CrisisRule[] = [...SAID_SAFE_EN, ...SAID_SAFE_ES_RULES];
export const ABOUT_TOPIC_RULES: readonly CrisisRule[] = [...ABOUT_TOPIC_EN, ...ABOUT_TOPIC_ES_RULES];
export const IDIOM_RULES: readonly CrisisRule[] = [...IDIOM_EN, ...IDIOM_ES_RULES];
export const NAMES_IT_RULES: readonly CrisisRule[] = [...NAMES_IT_EN, ...NAMES_IT_ES_RULES];

/** Each alone is enough (unless the text is quieted as a whole or reports someone else's words). */
export const RISK_RULES: readonly CrisisRule[] = [
  ...END_LIFE_RULES,
  ...PASSIVE_WISH_RULES,
  ...WELCOME_DEATH_RULES,
  ...BURDEN_RULES,
  ...NO_POINT_RULES,
  ...METHOD_RULES,
  ...PLAN_RULES,
  ...GOODBYE_RULES,
  ...SELF_HARM_RULES,
  // In Spanish.
  ...END_LIFE_ES_RULES,
  ...PASSIVE_WISH_ES_RULES,
  ...SELF_HARM_ES_RULES,
  ...METHOD_ES_RULES,
  ...GOODBYE_ES_RULES,
  ...OTHER_AT_RISK_ES_RULES,
];

/**
 * Soft cues, in the order the check has always counted them: signs found at the same place in a
 * text are counted in this order, so the four parts stay in this order and keep their own.
 */
export const CUE_RULES: readonly CrisisCue[] = [
  ...MEANS_CUES,
  ...GONE_CUES,
  ...SELF_HARM_CUES,
  ...LAST_WORDS_CUES,
  ...ES_CUES,
];

/** Every record of the crisis check, the first render's direct words included (ids are unique). */
export const ALL_CRISIS_RULES: readonly CrisisRule[] = [
  ...DIRECT_RULES,
  ...RISK_RULES,
  ...OTHER_NOW_RULES,
  ...CUE_RULES,
  ...HYPERBOLE_RULES,
  ...SAID_SAFE_RULES,
  ...REPORTED_RULES,
  ...IDIOM_RULES,
  ...ORDINARY_SENSE_RULES,
  ...ENDING_WITH_RULES,
  ...NAMES_IT_RULES,
  ...FIRST_PERSON_RULES,
  ...ABOUT_TOPIC_RULES,
  ...TOPIC_FRAME_RULES,
  ...NOT_AT_RISK_RULES,
  ...ABOUT_OTHERS_RULES,
  ...CUE_DAMPENER_RULES,
  ...HELP_NOW_RULES,
];
