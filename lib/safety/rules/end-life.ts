import type { CrisisRule } from './shared';
import { KILL, SELF } from './shared';

/** Killing oneself or ending one's life, said outright, with typos, euphemisms or in Spanish. */
export const END_LIFE_RULES: CrisisRule[] = [
  {
    id: 'euphemism-sewer-slide-unalive',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bsewer\s*slide\b|(?<!\b(?:say|says|saying|said|word|words|called|was|were|got)\s+)\bunaliv(?:e|ed|es|ing)\b(?!\s+(?:him|her|them|that|this|the|his|their|a|an|everyone|everybody|instead|by|my\s+(?:teammate|boss|brother|sister|character))\b)|\bkys\s*myself\b/,
    weight: 1,
    example: 'thinking about sewer slide again tbh',
    why: 'Internet euphemisms that get past filters: "sewer slide", "unalive", "kys myself".',
  },
  {
    id: 'euphemism-ctb',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bctb\s+(?:date|plan|method|tonight|today|tomorrow|soon|after|before|this\s+(?:week|weekend|month))\b|(?<!\bwe(?:'re|\s+are)?\s+(?:all\s+)?)\b(?:going\s+to|gonna|want\s+to|wanna|will|plan(?:ning)?\s+to|ready\s+to|decided\s+to)\s+ctb\b|\bmy\s+ctb\b/,
    weight: 1,
    example: 'set my ctb date for the 14th. feels weirdly calm honestly',
    why: '"ctb" ("catch the bus"): a forum euphemism for suicide, said with a date, a plan or a wish.',
  },
  {
    id: 'kill-myself',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(String.raw`\b${KILL}\s+${SELF}\b(?!\s+laughing)`),
    weight: 1,
    example: 'i just want to kil myslef',
    why: 'Killing oneself, with the common typos and "off myself", "top myself"; not "laughing".',
  },
  {
    id: 'end-or-take-my-life',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:end|ending|ended|take|taking|took)\s+(?:my|my\s+own)\s+(?:life|lfe)\b/,
    weight: 1,
    example: "I'm ready to end my life",
    why: "Ending or taking one's own life, in any tense.",
  },
  {
    id: 'finish-with-my-life',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bfinish\s+(?:with\s+)?my\s+(?:own\s+)?life\b/,
    weight: 1,
    example: 'I want to finish with my life',
    why: 'Second-language phrasing: "finish with my life".',
  },
  {
    id: 'end-it-all',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bend(?:ing)?\s+it\s+all\b/,
    weight: 1,
    example: "Tonight I'm going to end it all",
    why: '"End it all": the common euphemism.',
  },
  {
    id: 'end-it-for-good',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bend(?:ing)?\s+(?:it|everything|things)\s+(?:for\s+good|forever|tonight|permanently)\b/,
    weight: 1,
    example: 'I want to end everything for good',
    why: 'Ending it, everything or things, for good or tonight.',
  },
  {
    id: 'es-quiero-matarme',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:quiero|voy\s+a|pienso\s+en|ganas\s+de)\s+(?:matarme|quitarme\s+la\s+vida|hacerme\s+dano)\b/,
    weight: 1,
    example: 'Ya no puedo más, quiero matarme',
    why: 'A little Spanish, for people who write in it: wanting to kill oneself or hurt oneself.',
  },
  {
    id: 'wish-i-could-end-it',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bwish\s+i\s+could\s+(?:just\s+)?end\s+(?:it|things|everything)\b(?!\s+with)/,
    weight: 1,
    example: 'I wish I could just end it',
    why: 'Wishing one could end it, but not "end things with him".',
  },
  {
    id: 'only-way-out',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:only\s+way\s+out|kindest\s+thing\s+i\s+could\s+do|best\s+thing\s+i\s+could\s+do)\b.{0,50}\b(?:not\s+(?:be\s+)?(?:alive|here|around)|die|dead|gone|disappear)/,
    weight: 1,
    example: 'I keep thinking the only way out is to just not be here',
    why: 'Death seen as the only way out, or the kindest thing one could do.',
  },
  {
    id: 'only-way-the-pain-stops',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bonly\s+way\s+(?:the\s+\w+|it|this|the\s+pain)\s+(?:stops|ends|goes\s+away)\s+is\s+(?:if\s+)?i\s+(?:stop|die|go|am\s+gone|end\s+it)\b/,
    weight: 1,
    example: 'The only way the pain stops is if I die',
    why: 'The pain ending only with oneself.',
  },
];
