import type { CrisisRule } from './shared';

/** A plan, or expecting not to be around: "I have a plan", "won't be around much longer". */
export const PLAN_RULES: CrisisRule[] = [
  {
    id: 'dont-plan-on-being-alive',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:don'?t|do\s+not)\s+(?:plan\s+on|expect\s+to\s+be|see\s+myself)\s+(?:being\s+)?(?:alive|around|here)\b/,
    weight: 1,
    example: "I don't plan on being around next year",
    why: 'Not planning or expecting to be alive.',
  },
  {
    id: 'not-around-much-longer',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:not\s+going\s+to\s+be|won'?t\s+be)\s+(?:a\s+(?:problem|burden)|around|here)\s+(?:for\s+\w+\s+)?(?:much|any)\s+longer\b|\bsoon\s+i\s+(?:won'?t|will\s+not)\s+be\s+(?:anyone'?s|anybody'?s|your)\s+(?:problem|burden)\b(?![^.!?\n]{0,40}\b(?:lol|wallet|graduat\w*)\b)(?![^.!?\n]{0,60}\b(?:at\s+work|transfer\w*|moving|new\s+job|office|department|contract)\b)/,
    weight: 1,
    example: "Don't worry, I won't be around much longer",
    why: 'Not being around, or a burden, much longer; "soon I won\'t be anyone\'s problem".',
  },
  {
    id: 'have-a-plan',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bif\s+i\s+(?:just\s+)?ended\s+(?:it|things|everything)\b|\bi'?m\s+going\s+to\s+do\s+it\b.{0,60}\bplan\b|\bhave\s+a\s+plan\b.{0,40}\bdo\s+it\b/,
    weight: 1,
    example: "I have a plan and I'm going to do it",
    why: 'A plan to do it, or wondering "if I just ended it".',
  },
  {
    id: 'nerve-to-end-it',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:nerve|courage|guts)\s+to\s+(?:just\s+)?(?:end\s+it(?!\s+with)|go\s+through\s+with\s+it|kill\s+myself)\b/,
    weight: 1,
    example: "I'm trying to find the nerve to end it",
    why: 'The nerve or courage to go through with it; not "end it with him".',
  },
  {
    id: 'know-where-and-when',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:already\s+)?(?:know|decided|picked|chosen|worked\s+out)\s+(?:the\s+)?(?:where\s+and\s+when|when\s+and\s+where|how\s+and\s+when|when\s+and\s+how)\s*(?:[.,;!]|$)/,
    weight: 1,
    example: "So that's that. Already know where and when, after my shift Friday.",
    why: 'Where and when already decided, with no event named: a plan.',
  },
  {
    id: 'will-done-day-picked',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:sorted|made|wrote|did|updated|signed)\s+(?:out\s+)?(?:the|my)\s+will\b[\s\S]{0,200}?\bpicked\s+(?:the|a)\s+(?:day|date|weekend|night)\s*(?:[.!]|$)|\b(?:he|she|they)(?:'?s|\s+has|\s+have)\s+got\s+it\s+all\s+planned(?:\s+out)?\s*(?:[.!,]|$)/,
    weight: 1,
    example:
      'Sorted the will out with the solicitor this morning. Gave the lad my tools. Picked the weekend.',
    why: 'A will done and a day picked with nothing named for it; someone else who has "got it all planned out": a plan.',
  },
  {
    id: 'last-thing-before-i-go',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\blast\s+thing\s+i\s+(?:needed|had|wanted)\s+to\s+(?:sort(?:\s+out)?|do|finish|fix|arrange)\s+before\s+i\s+(?:go|leave|do\s+it)\s*(?:[.!]|$)|\b(?:giv\w+|gave)\s+(?:away\s+)?[^.!?\n]{0,60}\b(?:won'?t|wont|will\s+not)\s+need\s+(?:it|them|any\s+of\s+it)\s+where\s+(?:he'?s|she'?s|they'?re|i'?m)\s+going\b(?![^\n]{0,60}(?::|\b(?:holiday|vacation|trip|abroad|moving|beach|warm|hot|sun|gap\s+year|for\s+a\s+year|months)\b))/,
    weight: 1,
    example:
      'rehomed my dog today with a lovely family. that was the last thing i needed to sort out before i go',
    why: 'The last thing sorted "before I go", things given away that won\'t be needed "where he\'s going": affairs put in order.',
  },
  {
    id: 'take-the-gun-and-thats-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\btake\s+(?:the|my|dad'?s|the\s+old)\s+(?:\.?\d{3}|rifle|gun|shotgun|twelve[\s-]?gauge|12[\s-]?gauge)\b(?![^.!?\n]{0,60}\b(?:roos?|deer|rabbits?|pigs?|hunt\w*|clay|range|club|dealer|shop|gunsmith|police|station|armou?ry|service|in\s+for)\b)[^.!?\n]{0,60}\band\s+that'?s\s+(?:me|it\s+for\s+me)\s*(?:[.!]|$)/,
    weight: 1,
    example: "Once lambing's done I'll take the .308 up the back block and that's me. Tidy finish.",
    why: 'A gun taken somewhere "and that\'s me": a plan said the way a farmer or a soldier might say it.',
  },
  {
    id: 'a-time-and-a-high-place',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:tonight|tomorrow|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|after\s+(?:work|my\s+shift|dark))\b[^.!?\n]{0,40}\b(?:i'?m|im|i\s+am|i'?ll\s+be)\s+(?:going|gonna\s+go|heading|walking|driving)\s+(?:up\s+|out\s+|down\s+)?to\s+the\s+(?:bridge|tracks|cliffs?|roof(?:top)?|overpass|viaduct)\s*\.?\s*$/,
    weight: 1,
    example: "I've been okay for months. Tomorrow at 6 I'm going to the bridge.",
    why: 'A time and a high place, and nothing after it: a plan said plainly, as the last words of a text. "Going to the bridge to take photos" or a sentence after it saying what for stays quiet.',
  },
];
