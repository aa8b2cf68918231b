import type { CrisisRule } from './shared';
import { ACCIDENT, HARM, SELF } from './shared';

/** Self-harm now, past or as an urge, with or without the word; accidents kept apart. */
export const SELF_HARM_RULES: CrisisRule[] = [
  {
    id: 'harm-myself',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(String.raw`\b${HARM}\s+${SELF}\b(?!${ACCIDENT})`),
    weight: 1,
    example: 'I started burning myself again',
    why: 'Hurting, cutting, burning or starving oneself, but not "cut myself shaving", "at the gym".',
  },
  {
    id: 'urges-to-cut',
    labels: ['risk'],
    lang: 'en',
    pattern: /\burges?\s+to\s+(?:cut|hurt|harm|burn|die|kill)\b/,
    weight: 1,
    example: 'The urge to cut is so strong tonight',
    why: 'Urges to cut, hurt or die.',
  },
  {
    id: 'started-cutting-or-relapsed',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:i'?ve|i\s+have|i)\s+(?:started|start)\s+cutting\b|\brelaps\w*\b.{0,30}\b(?:cutting|self[\s-]?harm)/,
    weight: 1,
    example: "I've started cutting again",
    why: 'Having started cutting, or a relapse into it.',
  },
  {
    id: 'es-cortarme-no-quiero-vivir',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bcortarme\s+(?:las\s+venas|los\s+brazos|las\s+munecas|otra\s+vez)\b|\bno\s+quiero\s+(?:seguir\s+)?vivi(?:r|endo)\b/,
    weight: 1,
    example: 'Tengo ganas de cortarme otra vez',
    why: 'A little Spanish, for people who write in it: cutting oneself, not wanting to go on living.',
  },
  {
    id: 'cut-with-a-blade',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:cut|cutting|cuts|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|slic\w+|carv\w+)\s+(?:into\s+)?(?:my|myself|me)\b.{0,30}\b(?:with\s+(?:a\s+)?(?:lighter|blade|razor|knife|scissors|compass)|until|til|till|on\s+purpose|to\s+feel\s+something)/,
    weight: 1,
    example: 'I cut my arm with a razor last night',
    why: 'Self-harm without the word: acts on the body with a blade or lighter, on purpose, until.',
  },
  {
    id: 'hit-myself-until',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:hit|hitting|punch\w*|slap\w*|bang\w*)\s+(?:myself|my\s+head|the\s+wall|a\s+wall)\b.{0,30}\b(?:until|til|till|on\s+purpose|so\s+hard|bruis\w*|bled|bleed)/,
    weight: 1,
    example: 'I punched the wall until my knuckles bled',
    why: 'Hitting oneself or a wall until it bruises or bleeds, on purpose.',
  },
  {
    id: 'deserve-to-hurt',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bi\s+deserve\s+to\s+(?:hurt|bleed|die|be\s+dead|suffer\s+and\s+die)\b|\bbecause\s+i\s+deserve\s+to\s+hurt\b/,
    weight: 1,
    example: 'I deserve to bleed for what I did',
    why: 'Deserving to hurt, bleed or die.',
  },
  {
    id: 'fresh-cuts',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bfresh\s+cuts\b(?!\s+on\s+(?:her|his|their)\b)|\bcuts\s+on\s+my\s+(?:arms?|wrists?|legs?|thighs?|stomach)\b|\bwhat\s+i\s+did\s+to\s+my\s+(?:arms?|wrists?|legs?|thighs?|skin|body)\b/,
    weight: 1,
    example: 'There are cuts on my wrists again',
    why: 'Fresh cuts, cuts on one\'s own arms, "what I did to my arms"; not fresh cuts on her arms.',
  },
  {
    id: 'want-to-cut',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:used\s+to|urge\s+to|want\s+to|wanna|wouldn'?t|won'?t)\s+cut\b(?!\s+(?:my\s+hair|ties|back|corners|it|the|a|down|costs|out|him|her|them|you|class|school|work|sugar|carbs)\b)/,
    weight: 1,
    example: 'I really wanna cut tonight',
    why: 'Wanting to cut, or having used to; not "cut my hair", "cut ties", "cut costs", "cut class".',
  },
  {
    id: 'marks-not-an-accident',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:burns?|cuts?|marks?|bruises?)\s+on\s+my\s+(?:fore)?(?:arms?|wrists?|legs?|thighs?|stomach|hips?)\b[^\n]{0,120}?\b(?:i\s+did\s+(?:them|it)|(?:aren'?t|weren'?t|not)\s+(?:an?\s+)?accident\w*)\b/,
    weight: 1,
    example: "Chef thinks the burns on my forearm are from the grill. They're not. I did them on my break.",
    why: 'Marks on one\'s own arm that others take for an accident, and "they\'re not": self-harm hidden.',
  },
  {
    id: 'fresh-wounds-on-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:(?:fresh|new)\s+(?:cuts|burns)|fresh\s+ones)\s+on\s+my\s+(?:fore)?(?:arms?|legs?|thighs?|wrists?|stomach|hips?)\b(?![^.!?\n]{0,40}\bfrom\s+(?:the\s+|my\s+|a\s+)?(?:oven|grill|pan|stove|iron|cat|dog|kitten|puppy|gym|brambles?|roses?|garden\w*|work|kitchen|fryer|tray|sun|beach|tattoo\w*)\b)(?<=\b(?:burn\w*|cut\w*|self[\s-]?harm\w*)\b[\s\S]{0,300})/,
    weight: 1,
    example:
      "Two years since I last burned myself. Then Saturday happened and now I've got three fresh ones on my forearm.",
    why: 'Fresh burns or cuts on one\'s own arm or leg ("three fresh ones on my forearm"); not from the oven or the cat.',
  },
];
