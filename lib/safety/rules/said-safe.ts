import type { CrisisRule } from './shared';

/**
 * What ends a recovery's quiet, said in the next few sentences: a relapse, urges, "again", means, a
 * plan or a "but" (`more` adds a record's own words).
 */
const NO_RELAPSE_AFTER = (more = '') =>
  String.raw`(?![\s\S]{0,400}\b(?:relaps\w*|again|urges?|slipped|tonight|last\s+night|yesterday|did\s+it|doing\s+it|all\s+i\s+(?:can\s+)?think\s+about|broke|back(?!\s+then)|blades?|pills|rope|planning|end\s+my\s+life|but${more})\b)`;

/**
 * The writer says they are safe: "I was never going to hurt myself", "I could honestly say no",
 * "well for ten years". These quiet their own words and the past told around them, not the rest of
 * the text (../crisis-rules.ts, saysRiskBeyond).
 */
export const SAID_SAFE_RULES: CrisisRule[] = [
  {
    id: 'never-going-to-hurt-myself',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:never|not|wasn'?t|was\s+not|am\s+not|i'?m\s+not)\s+(?:ever\s+)?(?:going\s+to|gonna)\s+(?:hurt|harm|kill)\s+myself\b/,
    weight: 1,
    example: 'I told my therapist I was never going to hurt myself',
    why: '"I was never going to hurt myself": the words, denied.',
  },
  {
    id: 'honestly-said-no',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\b(?:honestly|truthfully)\s+(?:say|said|answer|answered)\s+no\b/,
    weight: 1,
    example: 'When the nurse asked if I wanted to hurt myself I could honestly say no',
    why: 'Asked the screening question, "I could honestly say no".',
  },
  {
    id: 'been-well-for-years',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\b(?:been|stayed)\s+(?:well|ok|okay|fine|safe)\s+for\s+(?:\w+\s+)?(?:years|months)\b/,
    weight: 1,
    example: "I used to self-harm as a teen but I've been well for ten years",
    why: 'A past told from safety: "well for ten years".',
  },
  {
    id: 'said-no-and-meant-it',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:said|answered)\s+no\b[^.!?]{0,30}\b(?:(?:it\s+was|that'?s|which\s+is)\s+true|i\s+meant\s+it)\b/,
    weight: 1,
    example: 'The doctor asked if I was suicidal and I said no, and I meant it',
    why: 'Asked, answered no, and it was true.',
  },
  {
    id: 'in-a-different-place-now',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\bi'?m\s+in\s+a\s+(?:completely\s+|totally\s+|very\s+)?different\s+place\s+now\b|\bi'?m\s+in\s+a\s+completely\s+different\s+place\b/,
    weight: 1,
    example: "Back then I wanted to die, but I'm in a completely different place now",
    why: 'A hard time told from the far side: "I\'m in a different place now".',
  },
  {
    id: 'clean-for-years',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:clean\s+(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many)\s+years|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many)\s+years\s+(?:clean(?:\s+(?:from|of)\s+self[\s-]?harm)?|free\s+from\s+self[\s-]?harm))\b` +
        NO_RELAPSE_AFTER(),
    ),
    weight: 1,
    example: "Self-harm was my whole life at 15; I've been clean for five years now",
    why: 'Clean for years ("four years clean now"), unless a relapse, urges or "again" follow.',
  },
  {
    id: 'survivor-to-others',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:years?\s+ago|back\s+then|used\s+to|back\s+in\s+(?:19|20)?'?\d\d)\b[\s\S]{0,300}\bif\s+(?:you'?re|you\s+are)\s+(?:where\s+i\s+was|in\s+it\s+right\s+now|going\s+through\s+it|struggling|in\s+that\s+(?:spot|place|hole)(?:\s+(?:right\s+)?now)?)\b[^.!?]{0,40}\b(?:hang\s+on|hold\s+on|reach\s+out|call\s+someone|tell\s+someone|it\s+(?:does\s+)?gets?\s+better|it\s+(?:does|did)\s+(?:shift|change|move|pass))\b` +
        NO_RELAPSE_AFTER(String.raw`|wish\s+i\s+could|anymore|not\s+sure`),
    ),
    weight: 1,
    example:
      "Three years ago I was in A&E after an overdose. Today I ran my first half marathon. If you're where I was then, hang on. It does shift.",
    why: 'A survivor telling others from a safe present ("if you\'re where I was, hang on"): the past, offered as hope.',
  },
  {
    id: 'not-done-it-in-years',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:haven'?t|have\s+not|not)\s+(?:done\s+it|cut(?:\s+myself)?|self[\s-]?harmed|hurt\s+myself)\s+(?:in|for)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)\s+years\b` +
        NO_RELAPSE_AFTER(),
    ),
    weight: 1,
    example: "I used to cut myself almost every week. Haven't done it in six years now. Life is good.",
    why: 'Harm that stopped years ago, with no relapse after: a past told from safety.',
  },
  {
    id: 'time-since-last-harm',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`(?:\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?)\s+(?:since\s+i\s+last\s+(?:hurt\s+myself|cut|self[\s-]?harmed|burned\s+myself)|free\s+(?:from|of)\s+self[\s-]?harm)\b|\b\d{3,}(?:,\d{3})?\s+days\s+since\s+(?:i\s+last|the\s+last\s+time\s+i)\s+(?:hurt\s+myself|cut|self[\s-]?harmed|burned\s+myself)\b)` +
        NO_RELAPSE_AFTER(String.raw`|then|fresh|new\s+(?:ones|cuts|burns)`),
    ),
    weight: 1,
    example: "As of this morning it's five years since I last hurt myself. You can get here.",
    why: 'A milestone ("five years since I last hurt myself", "1,095 days since the last time I hurt myself", "one year free from self-harm"), unless a relapse or "but" follows.',
  },
  {
    id: 'glad-i-stayed',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:that\s+was\s+(?:a\s+long\s+time|years|decades)\s+ago|(?:years|decades)\s+(?:later|on))\b[^.!?]{0,30}[.!?,]?[^.!?]{0,80}\b(?:glad|grateful|thankful)\s+(?:every\s+day\s+)?(?:i\s+stayed|i'?m\s+still\s+here|i\s+didn'?t\s+(?:do\s+it|go\s+through\s+with\s+it))\b` +
        NO_RELAPSE_AFTER(
          String.raw`|some\s+days|lately|still\s+(?:think|want|wish)|though|until|last\s+week|this\s+month|these\s+(?:days|past|last)|want\s+out|note|wake\s+up`,
        ),
    ),
    weight: 1,
    example:
      'Used to think they would be better off with the insurance money. That was a long time ago now. Grandad twice over and glad I stayed.',
    why: 'Long ago, and "glad I stayed": a past told from a safe present, unless it comes back after.',
  },
  {
    id: 'those-thoughts-never-came-back',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:those|the|that|these)\s+(?:thoughts|feelings?|urges?)\s+(?:haven'?t|have\s+not|never|didn'?t|did\s+not)\s+(?:once\s+)?(?:come|came)\s+back\b` +
        NO_RELAPSE_AFTER(
          String.raw`|until|lately|this\s+(?:week|month)|never\s+left|hid(?:e|ing)|picked|anymore`,
        ),
    ),
    weight: 1,
    example:
      "In 2021 I wanted to be dead for six months. This break-up hurts too, but those thoughts haven't come back once.",
    why: 'Said to have stayed away ("those thoughts haven\'t come back"), with nothing after that says they have.',
  },
];

/**
 * Short texts judged whole: "I'm ending it tonight" followed by what he was told about the
 * relationship is a break-up; "leaving for good. New city, new job" is a move. Read with the jokes
 * laughed off (../crisis-rules.ts, HYPERBOLE).
 */
export const SHORT_TEXT_SAID_SAFE_RULES: CrisisRule[] = [
  {
    id: 'leaving-for-good-moving',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,200}$)(?![\s\S]*\b(?:pills|rope|die|dead|miss\s+me|sorry|goodbye\s+forever|end\s+it|kill)\b)[\s\S]*?\bleav\w*\s+for\s+good\b[^.!?]{0,20}[.!?]?\s*(?:new\s+(?:city|job|flat|place|start|country)|moving)/,
    weight: 1,
    example: "I'm leaving for good. New city, new job.",
    why: 'Leaving for good for a new city or job is a move, not a goodbye.',
  },
  {
    id: 'ending-it-with-someone-tonight',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,300}$)(?![\s\S]*\b(?:sorry|goodbye|love\s+(?:you|her|him|them)|miss\s+me|pills|letters?)\b)[\s\S]*\bending\s+it\b[^\n]{0,60}\btold\s+(?:him|her|them)\b[^\n]{0,80}\b(?:long[\s-]distance|relationship|we'?re\s+(?:done|over))\b/,
    weight: 1,
    example: "I'm ending it tonight. Told him I cannot do this long distance thing anymore. Wish me strength",
    why: 'Ending it, then "told him" about the relationship: a break-up, in a short text.',
  },
];
