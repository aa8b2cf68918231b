import type { CrisisRule } from './shared';

/**
 * Someone else's words reported: "he said he doesn't want to be here anymore". A risk rule in a
 * sentence of the report does not count; one in a sentence of the writer's own still does.
 */
export const REPORTED_RULES: CrisisRule[] = [
  {
    id: 'someone-else-said',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:he|she|they|(?:my|a)\s+(?:flatmate|roommate|friend|sister|brother|mum|mom|dad|son|daughter|partner|colleague|coworker|cousin|aunt|uncle|niece|nephew|ex|student|client)|friend)\b[^.!?]{0,60}\b(?:said|says|told\s+me|texted|admitted|messaged|wrote|posted|rang\s+to\s+say|called\s+to\s+say)\s+(?:(?:that\s+)?(?:he|she|they)\b|[:,]?\s*['"\u2018\u201c])/,
    weight: 1,
    example: "My sister texted me last night and said 'I want to die'",
    why: "Another person's words, quoted or reported, are theirs: the panel is for the writer.",
  },
];
