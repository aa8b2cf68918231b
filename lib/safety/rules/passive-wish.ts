import type { CrisisRule } from './shared';
import { DIE, ENDS_THERE, NOT_I, WANT } from './shared';

/** Wishing to be dead, gone or never born; wanting not to exist or not to be here. */
export const PASSIVE_WISH_RULES: CrisisRule[] = [
  {
    id: 'thinking-about-dying',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:thinking|thought|think|thoughts)\s+(?:about|of)\s+(?:ending\s+(?:things|it|everything)|dying|death|not\s+(?:being\s+)?(?:here|around|alive)|my\s+funeral|disappearing\s+for\s+good)\b/,
    weight: 1,
    example: 'I keep thinking about not being here',
    why: "Thoughts of dying, ending things, not being around, one's own funeral.",
  },
  {
    id: 'want-to-die-or-not-exist',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b${WANT}\s+(?:to\s+)?(?:just\s+)?(?:${DIE}|be\s+dead|not\s+exist|stop\s+existing|stop\s+living|not\s+be\s+alive|disappear\s+(?:forever|for\s+good|permanently))`,
    ),
    weight: 1,
    example: "I'm ready to stop existing",
    why: 'Wanting, needing or planning to die or stop existing; not "die alone", "die of".',
  },
  {
    id: 'could-just-die',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:wish\s+i\s+could|i'?d\s+like\s+to|i\s+could)\s+just\s+(?:${DIE}|be\s+dead|stop\s+existing)`,
    ),
    weight: 1,
    example: 'I wish I could just be dead',
    why: 'Wishing one could just die or be dead; "I could just die of embarrassment" stays an idiom.',
  },
  {
    id: 'rather-be-dead',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:rather|prefer\s+to)\s+be\s+dead\b/,
    weight: 1,
    example: "I'd rather be dead than feel this",
    why: 'Preferring to be dead.',
  },
  {
    id: 'wish-never-born',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\bwish(?:ed)?\s+(?:that\s+)?${NOT_I}\s+(?:been\s+)?(?:dead|died|never\s+been\s+born|not\s+alive|gone\s+for\s+good|never\s+existed|not\s+exist(?:ed)?)\b`,
    ),
    weight: 1,
    example: 'I wish I had never been born',
    why: 'Wishing one were dead, had died or had never been born.',
  },
  {
    id: 'hoping-something-takes-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?)\s+(?:that\s+)?(?:a|the|some)\s+(?:\w+\s+)?(?:squall|storm|wave|car|bus|truck|lorry|train|tram|plane|heart\s+attack|stroke|tumou?r|cancer|meteor|asteroid|tornado|hurricane|flood|avalanche)\s+(?:just\s+)?(?:(?:comes?|came)\s+(?:up\s+|along\s+|through\s+)?and\s+)?(?:takes?|hits?|sweeps?\s+away|crush(?:es)?|kills?)\s+me\b(?!\s+(?:to|home|with|along|back|seriously|off|out|past|on\s+a|there|in)\b)/,
    weight: 1,
    example: 'some nights out past the marsh I catch myself hoping a squall just comes up and takes me',
    why: 'Hoping a storm, a car or an illness takes one: a passive wish to die, said without the words.',
  },
  {
    id: 'looking-forward-to-dying',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:looking|lookin|look)\s+forward\s+to\s+(?:the\s+day\s+i\s+(?:finally\s+)?die|dying|death|being\s+dead)${ENDS_THERE}|\bcan'?t\s+wait\s+to\s+(?:die|be\s+dead)${ENDS_THERE}|^(?![\s\S]*\b(?:mov(?:e|ing)|relocat\w*|emigrat\w*)\b)[\s\S]*?\bmy\s+(?:\w+[-\s])?(?:year|yr)\s+plan\s+is\s+(?:to\s+)?(?:not\s+(?:be\s+(?:here|around|alive)|being\s+(?:here|around|alive)|exist)|be\s+dead)\b(?!\s+(?:in|at|on)\s+(?:this|the|that|a|an)\b)`,
    ),
    weight: 1,
    example: 'lmao therapist said find something to look forward to so im looking forward to dying 😂',
    why: 'Death as the thing to look forward to, or the "five-year plan" of not being here: a wish said as a joke is still a wish. Not "dying my hair".',
  },
  {
    id: 'wish-i-could-disappear',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bwish(?:ing)?\s+i\s+(?:could\s+)?(?:die|disappear\s+(?:forever|for\s+good|permanently)|not\s+wake\s+up|never\s+woke\s+up|didn'?t\s+exist|did\s+not\s+exist|wasn'?t\s+alive|(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around)\s+any\s*more(?![^.!?\n]{0,40}\b(?:at\s+this|in\s+this|just\s+call|i\s+mean|company|job|queue|waiting)\b)|could\s+stop\s+existing|just\s+stop\s+existing)\b/,
    weight: 1,
    example: "Most days I wish I didn't exist",
    why: 'Wishing one could die, disappear for good, not wake up, not exist or not be here any more.',
  },
  {
    id: 'dont-want-to-live',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:don'?t|do\s+not|dont|no\s+longer)\s+(?:want\s+to|wanna)\s+(?:live|be\s+alive|exist|wake\s+up|be\s+here\s+anymore|be\s+around\s+anymore)\b/,
    weight: 1,
    example: "I don't want to wake up tomorrow",
    why: 'Not wanting to live, exist, wake up or be here any more.',
  },
  {
    id: 'not-want-to-be-here-anymore',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bnot\s+want\s+to\s+be\s+here\s+anymore\b/,
    weight: 1,
    example: 'I do not want to be here anymore',
    why: 'Not wanting to be here any more, however it is introduced.',
  },
  {
    id: 'es-quiero-morir',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /(?<!\bno\s)\b(?:quiero|quisiera|deseo)\s+(?:morir(?:me)?|estar\s+muert[oa]|desaparecer\s+pa(?:ra|')?\s+siempre|dejar\s+de\s+existir)\b(?!\s*(?:\.{2,}\s*)?de\s+(?:la\s+)?(?:verguenza|risa|pena|amor|ganas|envidia|hambre|sueno|calor|frio|aburrimiento|cansancio|emocion|alegria|felicidad|gusto|flojera|pereza|hueva|weva|fiaca)|\s+con\s+(?:este|esta|tanto|tanta)\s+(?:calor|frio|trafico|tarea|ruido|gente)|\s+de\s+lo\s+(?:buen|ric|lind|bonit|sabros|guap|tiern)[oa]s?\b)/,
    weight: 1,
    example: 'A veces quiero morirme',
    why: 'A little Spanish, for people who write in it: wanting to die, be dead or stop existing.',
  },
  {
    id: 'rather-not-be-alive',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:dont|don'?t|do\s+not)\s+(?:wanna|want\s+to)\s+(?:b|be)\s+alive\b|\brather\s+not\s+be\s+alive\b|\bnot\s+to\s+be\s+alive\b/,
    weight: 1,
    example: 'i dont wanna b alive',
    why: 'Not wanting to be alive, with texting spellings, or rather not being alive.',
  },
  {
    id: 'easier-not-to-be-here',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:easier|better|kinder)\s+(?:to\s+)?(?:just\s+)?not\s+(?:be\s+)?(?:here|alive|around)\b/,
    weight: 1,
    example: 'It would be easier to just not be here',
    why: 'Not being here seen as easier or kinder.',
  },
  {
    id: 'want-to-be-gone',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:want|wanna)\s+(?:to\s+)?be\s+gone\b(?!\s+(?:for\s+(?:the|a)\s+\w+|from\s+(?:here|this|that|the)\s+\w+|by|before|till|until|when|on|at|in))/,
    weight: 1,
    example: 'I just want to be gone',
    why: 'Wanting to be gone, but not "gone for the weekend", "gone from this job", "gone by noon".',
  },
  {
    id: 'dont-want-to-be-here-typos',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:don'?t|dont|dnt|do\s+not)\s+(?:want\s+to|wanna|wana)\s+be\s+here\s+any\s*mo?re?\b/,
    weight: 1,
    example: 'i dnt wana be here anymore',
    why: 'Not wanting to be here any more, with texting spellings.',
  },
  {
    id: 'wish-i-could-not-exist',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bwish(?:ing)?\s+i\s+could\s+(?:just\s+)?not\s+exist\b|\bout\s+of\s+(?:being\s+alive|existing|existence)\b/,
    weight: 1,
    example: 'I wish I could just not exist',
    why: 'Wanting not to exist, said other ways: "not exist", "out of existence".',
  },
  {
    id: 'wish-i-could-log-off-for-good',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bwish\s+i\s+could\s+(?:just\s+)?(?:log|sign|switch|turn)\s+(?:off|out)\b[^\n]{0,40}?\b(?:for\s+good|forever|permanently|from\s+(?:everything|life|existence))\b/,
    weight: 1,
    example: 'wish i could just log off. from everything. for good. not the shift. me',
    why: 'Switching oneself off for good: a wish not to exist, in screen words.',
  },
  {
    id: 'hope-i-get-something-quick',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bhop(?:e|ing)\s+i\s+(?:just\s+)?(?:get|catch|come\s+down\s+with)\s+(?:(?:sick|ill)\s+with\s+something\b[^.!?\n]{0,25}\b(?:quick|fatal|terminal|incurable)|something\s+(?:fatal|terminal|incurable))\b/,
    weight: 1,
    example: 'some nights i kinda hope i just get sick with something quick and thats it',
    why: 'Hoping for an illness that ends things quickly: a passive wish to die ("something quick for lunch" is not).',
  },
  {
    id: 'wish-it-had-been-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:crash\w*|derail\w*|accident|died|killed|shooting|collapse\w*|cancer|funeral)\b[^\n]{0,160}?\bi\s+wish(?:ed)?\s+(?:it|that)\s+(?:had\s+been|was|were|'?d\s+been)\s+me\b(?!\s+(?:who|that|to)\b)|\bi\s+wish(?:ed)?\s+(?:it|that)\s+(?:had\s+been|was|were|'?d\s+been)\s+me\s+instead\b/,
    weight: 1,
    example: 'Saw the news about the train derailment and my first thought was I wish it had been me on it.',
    why: 'Hearing of a death or a crash and wishing it had been oneself: a wish to be dead.',
  },
  {
    id: 'joke-then-i-do-think-about-it',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:die|dying|dead|tracks|bridge|jump\w*|kill\s+myself|end\s+it)\b[^\n]{0,80}?\b(?:jk|jking|just\s+kidding|kidding|joking)\b[^\n]{0,80}?\b(?:i\s+)?(?:really|actually|honestly)\s+do\s+think\s+about\s+(?:it|that|doing\s+it)\b/,
    weight: 1,
    example:
      'lol if the train is late one more time im lying down on the tracks. jk. unless? honestly some mornings i really do think about it',
    why: 'A joke about dying, then "I really do think about it": the joke taken back.',
  },
  {
    id: 'wish-the-vanishing-was-permanent',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,120}$)\s*(?:(?:i\s+(?:feel|felt)|i'?m|feeling)\s+)?(?:invisible|gone|nothing|not\s+here)\b[\s.,;:!—-]*(?:and\s+(?:i\s+)?)?(?:i\s+)?wish\s+(?:it|this|that)\s+(?:was|were|could\s+be)\s+(?:permanent|forever)\b/,
    weight: 1,
    example: 'invisible. wish it was permanent',
    why: 'A short note of feeling invisible or gone, wishing it were permanent: a wish not to exist (not invisible ink, not a break from socials).',
  },
];
