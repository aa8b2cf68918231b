import { NOT_MINE } from './ordinary-sense';
import type { CrisisRule } from './shared';
import { ACCIDENT, HARM, SELF } from './shared';

const GUN = String.raw`(?:12|20|410)\s+gauge|shotgun|rifle|\bgun\b`;
const SPORT = String.raw`clay\s+(?:range|pigeons?|shoot\w*)|shooting\s+range|gun\s+club|skeet|(?:deer|duck|pheasant|grouse)\s+(?:season|shoot\w*|hunt\w*)`;

/**
 * Idioms and accidents the rules already know ("this job is killing me", "dying to know", "I'd
 * rather die than go back"): the word model doesn't overrule them.
 */
export const IDIOM_RULES: CrisisRule[] = [
  {
    id: 'disappear-into-comfort',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\bdisappear\s+(?:into|under)\s+(?:my\s+|a\s+|the\s+)?(?:blanket|duvet|bed|covers|hoodie|book|room|sofa|couch|garden|music)\b/,
    weight: 1,
    example: 'I want to disappear into my blanket this weekend',
    why: 'Disappearing into a blanket or a book: wanting rest and quiet, not to be gone.',
  },
  {
    id: 'dead-tired',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bdead\s+(?:tired|on\s+my\s+feet|beat)\b/,
    weight: 1,
    example: "I'm dead tired after the night shift",
    why: '"Dead tired", "dead on my feet": tiredness, not death.',
  },
  {
    id: 'relationship-is-dead',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:friendship|relationship|marriage|career|band|chat|dream|romance|spark)\s+is\s+(?:dead|over)\b/,
    weight: 1,
    example: 'Honestly our friendship is dead',
    why: 'A friendship, a career or a dream that is dead or over.',
  },
  {
    id: 'figure-of-suicide',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:career|social|political|professional|commercial|fashion|electoral)\s+suicide\b|\bsuicide\s+(?:missions?|runs?|squad|doors?|drills?|sprints?|lane)\b/,
    weight: 1,
    example: 'Told them I was leaving the firm. Career suicide? Probably.',
    why: '"Career suicide", "a suicide mission": a risky move, not a death.',
  },
  {
    id: 'hill-to-die-on',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\bhills?\s+(?:(?:that\s+)?i(?:'ll|'m|\s+will|\s+am|\s+would)?\s+(?:(?:going|gonna)\s+(?:to\s+)?)?)?die\s+on\b/,
    weight: 1,
    example: 'Tax return: this is the hill I will die on.',
    why: '"The hill I will die on": a position held stubbornly.',
  },
  {
    id: 'dead-when-they-find-out',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:i'?m|im|i\s+am)\s+(?:so\s+|literally\s+|actually\s+|totally\s+)?dead\s+(?:when|if|once)\s+(?:my\s+|the\s+)?(?:mum|mom|mam|dad|parents|boss|teacher|coach|wife|husband|gf|bf|landlord)\b/,
    weight: 1,
    example: 'im so dead when mum sees the dent in the car',
    why: '"I\'m dead when mum sees": in trouble, not in danger.',
  },
  {
    id: 'kill-something-else',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:going\s+to|gonna|will|i'?ll|want\s+to|wanna)\s+(?:literally\s+)?kill\s+(?:her|him|them|my\s+(?:sister|brother|mum|mom|dad|boss|roommate|flatmate|wifi|router|laptop|printer|phone|computer))\b/,
    weight: 1,
    example: 'i want to kill my wifi router why does it keep dropping every night',
    why: 'Anger at a sister or a router: "killing" someone or something else is exasperation.',
  },
  {
    id: 'look-like-death',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\b(?:look|looks|looking|feel|feels|feeling)\s+like\s+death(?:\s+warmed\s+(?:up|over))?\b/,
    weight: 1,
    example: 'my whole face is numb, I look like death warmed up',
    why: '"Look like death warmed up": looking or feeling unwell.',
  },
  {
    id: 'rather-die-than',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\brather\s+(?:die|be\s+(?:shot|hung|hanged|boiled\s+alive|buried\s+alive)(?:,?\s+drawn\s+and\s+quartered)?)\s+than\b/,
    weight: 1,
    example: "I'd rather die than go to that party again",
    why: '"I\'d rather die than go back", "rather be hung, drawn and quartered than": a strong dislike.',
  },
  {
    id: 'die-alone',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bdie\s+(?:alone|single|of|from|laughing)\b/,
    weight: 1,
    example: "I'm going to die alone with my cats",
    why: '"Die alone", "die single", "die laughing", "die of embarrassment".',
  },
  {
    id: 'ending-it-with',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bend(?:ing)?\s+(?:it|things)\s+with\b/,
    weight: 1,
    example: "I'm ending it with her this weekend",
    why: 'Ending things with someone: a breakup.',
  },
  {
    id: 'killing-me',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\b(?:killing|kill)\s+me\b/,
    weight: 1,
    example: 'This job is killing me',
    why: '"This job is killing me", "my feet are killing me".',
  },
  {
    id: 'dying-to',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bdying\s+to\b/,
    weight: 1,
    example: "I'm dying to know if they read my message",
    why: '"Dying to know": eagerness.',
  },
  {
    id: 'could-die',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bcould\s+(?:just\s+)?die\b/,
    weight: 1,
    example: 'I could die of happiness right now',
    why: '"I could just die": embarrassment or delight.',
  },
  {
    id: 'hurt-myself-by-accident',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(String.raw`\b(?:${HARM}|burned|burnt)\s+${SELF}${ACCIDENT}`),
    weight: 1,
    example: 'I burnt myself on the stove making dinner',
    why: '"I cut myself shaving", "hurt myself at the gym": accidents, not self-harm.',
  },
  {
    id: 'killing-it-or-a-machine',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:absolutely\s+|totally\s+)?killing\s+it\b(?!\s+(?:off|tonight))|\bblue\s+screen\s+of\s+death\b|\b(?:killed|kill|killing)\s+(?:the|my|his|her|our)\s+(?:laptop|phone|battery|computer|pc|printer|wifi|router|engine|vibe|mood)\b/,
    weight: 1,
    example: 'Your Papa has killed the laptop again, now it is showing blue screen of death',
    why: '"Killing it" is doing well; a laptop is killed and a blue screen of death is a crash.',
  },
  {
    id: 'an-age-with-a-circumstance',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:reach|turn|hit|be)\s+(?:\d{2}|thirty|forty|fifty)\s+(?:still\s+\w+|without|and\s+still|single|living\s+with|renting|in\s+this\s+job)\b/,
    weight: 1,
    example: "I don't want to reach 30 still renting a box room",
    why: 'Not wanting to turn 30 still renting or single is about the life, not living.',
  },
  {
    id: 'something-quick-to-eat',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bsomething\s+quick\s+(?:for|to)\s+(?:lunch|dinner|breakfast|tea|supper|eat|grab)\b/,
    weight: 1,
    example: 'I hope I get something quick for lunch before the 2pm meeting',
    why: '"Something quick for lunch": food, though a passive wish uses the same words ("something quick and that\'s it").',
  },
  {
    id: 'not-here-for-an-event',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:not\s+(?:going\s+to|gonna)\s+be|won'?t\s+be)\s+(?:here|around|in)\s+for\s+(?:the|a|my|our|tomorrow'?s?)\s+(?:\w+\s+)?(?:meeting|class|shift|call|lesson|session|party|match|game|exam|appointment|stand-?up|rehearsal|service)\b(?!['"’”]?\s*(?:anyway|anyhow|either\s+way)\b)(?![\s\S]{0,200}\b(?:or\s+any|after\s+that|letters?|goodbye|thank\s+you\s+all)\b)/,
    weight: 1,
    example: "I'm not going to be here for the meeting tomorrow, I'm on leave",
    why: 'Not being here "for the meeting": an absence from one event, not from life; not "for the exam anyway", which says more.',
  },
  {
    id: 'small-child-locked-in',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:toddler|baby|little\s+one|\d+\s*(?:yo|year\s+old|yr\s+old))\s+(?:has\s+|just\s+)?locked\s+(?:himself|herself|themselves)\s+in\b/,
    weight: 1,
    example: 'My 3 year old locked himself in the bathroom, who do I call, a locksmith or the fire brigade?',
    why: 'A small child locked in a room or a car: an emergency of another kind.',
  },
  {
    id: 'hanging-on-for-a-late-bus',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,90}$)\s*what\s+am\s+i\s+(?:even\s+)?hanging\s+on\s+for\b[.!?]*\s*(?:the\s+|this\s+|my\s+)?(?:bus|tram|delivery|call|queue|line|plumber|engineer|parcel)\s+(?:is|has\s+been|was)\s+(?:\w+\s+){0,3}(?:late|delayed|overdue)\b[\s.!?]*(?:again[\s.!?]*)?(?:lol|ffs|smh|🙄|😤)?[\s.!?]*$/,
    weight: 1,
    example: 'What am I hanging on for? The bus is 40 minutes late',
    why: 'Hanging on for a late bus or a call on hold, and nothing more said: waiting, not a reason to live.',
  },
  {
    id: 'sorry-wrong-link',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,90}$)\s*sorry\s+(?:for\s+|about\s+)?(?:everything|all\s+that|that)\b[,.!]?\s*(?:i\s+)?(?:posted|sent|shared|pasted|dropped)\s+(?:the\s+)?wrong\s+(?:link|file|pic|photo|video|chat|group|thing|doc)\b[\s.!?]*(?:(?:lol|haha|oops|my\s+bad|🙈|🤦|😅)[\s.!?]*)*$/,
    weight: 1,
    example: 'sorry for everything, I posted the wrong link lol',
    why: 'Sorry for a wrong link or a message in the wrong chat, and nothing more said: a slip, not a goodbye.',
  },
  {
    id: 'gun-at-the-range',
    labels: ['quiet'],
    lang: 'en',
    // One sentence and nothing more: with another sentence beside it, the gun may be a means.
    pattern: new RegExp(
      String.raw`${NOT_MINE}(?![^.!?\n]*\b(?:alone|on\s+my\s+own|by\s+myself|return|after\s+that|anyone|anybody|last)\b)(?:\b(?:${GUN})[^.!?\n]{0,60}\b(?:${SPORT})\b|\b(?:${SPORT})\b[^.!?\n]{0,60}\b(?:${GUN}))[^.!?\n]*[.!?]*\s*$`,
    ),
    weight: 1,
    example: "Take the 12 gauge to the clay range Saturday and that's me sorted",
    why: 'A shotgun at the clay range or in deer season, in one sentence and nothing more: sport, not a means.',
  },
];

/** "I'm ending it with him tonight, I've made up my mind": a decision about someone, not a plan. */
export const ENDING_WITH_RULES: CrisisRule[] = [
  {
    id: 'ending-things-with-someone',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bend(?:ing|ed)?\s+(?:it|things)\s+with\s+(?:him|her|them|my\s+\w+)\b/,
    weight: 1,
    example: "I'm ending things with my boyfriend. I've made up my mind, it's for good.",
    why: 'A breakup decided: soft signs of a decision ("made up my mind", "for good") do not add up.',
  },
];
