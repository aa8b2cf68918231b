import type { CrisisRule } from './shared';

/** Someone else named with the subject: "my friend is suicidal", "her self-harm". */
export const ABOUT_OTHERS_RULES: CrisisRule[] = [
  {
    id: 'someone-else-named',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:friend|friends|sister|brother|ex|he|she|they|her|his|their|character|coworker|co-worker|colleague|son|daughter|mum|mom|dad|father|mother|cousin|uncle|aunt|partner|boyfriend|girlfriend|husband|wife|someone|people)\b[^.!?]{0,40}(?:suicid|self[\s-]?harm|\bkms\b|overdos)/,
    weight: 1,
    example: "My sister is suicidal and I don't know how to help her",
    why: 'The subject named of someone else: the writer may need help helping, not the panel.',
  },
];

/** Soft signs about someone else: "worried about my flatmate, she's been cutting again". */
export const CUE_DAMPENER_RULES: CrisisRule[] = [
  {
    id: 'showed-me-her-arms',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\b(?:showed\s+me|on)\s+(?:her|his|their)\s+(?:arms?|wrists?|legs?|thighs?)\b/,
    weight: 1,
    example: 'My flatmate showed me her arms, they were cut again',
    why: "Marks on someone else's arms: soft signs about them, not the writer.",
  },
  {
    id: 'worried-about-someone',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bworried\s+about\s+(?:my|her|him|them)\b/,
    weight: 1,
    example: "I'm worried about my brother, he keeps going to the bridge and saying sorry for everything",
    why: 'Worry about someone else: the soft signs that follow are theirs.',
  },
  {
    id: 'someone-else-self-harming',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+has|\s+have|\s+was)?\s+(?:been\s+)?(?:cutting|self[\s-]?harm\w*|suicid\w*|hurting\s+(?:her|him|them)sel\w+)/,
    weight: 1,
    example: "She's been cutting again and I don't know what to do",
    why: '"She\'s been cutting": someone else\'s self-harm.',
  },
];
