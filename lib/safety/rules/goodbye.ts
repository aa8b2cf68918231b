import type { CrisisRule } from './shared';

/** Goodbyes: a note's first line, letters to family, giving things away, absolution. */
export const GOODBYE_RULES: CrisisRule[] = [
  {
    id: 'if-youre-reading-this',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bif\s+(?:you'?re|you\s+are|u\s+r|ur)\s+reading\s+this\b.{0,30}\b(?:gone|dead|not\s+here|no\s+longer\s+(?:here|alive|around))\b/,
    weight: 1,
    example: "If you're reading this, I'm already gone",
    why: "A note's first line: \"if you're reading this I'm already gone\".",
  },
  {
    id: 'goodbye-note-to-family',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:writ(?:e|ing|ten)|wrote|left)\s+(?:my|a)\s+(?:goodbye|final|last)\s+(?:note|letter)s?\s+(?:to|for)\s+(?:everyone|everybody|my\s+(?:family|mum|mom|dad|parents|kids|children|sister|brother))\b/,
    weight: 1,
    example: 'I wrote my goodbye letters to my family last night',
    why: 'Goodbye or final notes written to family or everyone.',
  },
  {
    id: 'giving-things-away',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bgiv(?:e|ing)\s+away\s+(?:all\s+my\s+(?:things|stuff|belongings)|everything\s+i\s+own|my\s+(?:belongings|possessions))\b/,
    weight: 1,
    example: "I've started giving away all my stuff",
    why: "Giving away all one's belongings.",
  },
  {
    id: 'goodbye-everyone',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bgoodbye\s+(?:everyone|everybody|all|world)\b|\bwon'?t\s+need\s+(?:them|it|these|those|any\s+of\s+it)\s+(?:after|anymore|where\s+i'?m\s+going)\b|\b(?:wasn'?t|isn'?t|is\s+not)\s+their\s+fault\b/,
    weight: 1,
    example: "Goodbye everyone, please know it isn't their fault",
    why: 'Goodbyes: "goodbye everyone", "won\'t need them where I\'m going", "it isn\'t their fault".',
  },
];
