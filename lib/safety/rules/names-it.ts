import type { CrisisRule } from './shared';

/**
 * Words that name the subject, fine in talk about someone else or the topic ("my friend is
 * suicidal", "a book about suicide prevention"), a risk when the writer speaks of themself.
 */
export const NAMES_IT_RULES: CrisisRule[] = [
  {
    id: 'suicide-word',
    labels: ['names-it'],
    lang: 'en',
    pattern:
      /(?<!\b(?:career|social|political|professional|commercial|fashion|electoral)\s)\bsuicid\w*\b(?!\s+(?:missions?|runs?|squad|doors?|drills?|sprints?|lane))/,
    weight: 1,
    example: "I've been feeling suicidal for weeks",
    why: 'The word itself: suicide, suicidal; not a figure of speech ("career suicide", "a suicide mission").',
  },
  {
    id: 'suicide-typos',
    labels: ['names-it'],
    lang: 'en',
    pattern: /\bsuicdal\b|\bsucidal\b|\bsuicde\b/,
    weight: 1,
    example: 'im so sucidal rn',
    why: 'The word typed in a hurry: "suicdal", "sucidal", "suicde".',
  },
  {
    id: 'self-harm-word',
    labels: ['names-it'],
    lang: 'en',
    pattern: /\bself[\s-]?harm\w*/,
    weight: 1,
    example: 'Self harm is the only thing that helps me',
    why: 'The word self-harm, with or without its hyphen.',
  },
  {
    id: 'self-injury-word',
    labels: ['names-it'],
    lang: 'en',
    pattern: /\bself[\s-]?injur\w*/,
    weight: 1,
    example: "I've been self-injuring again",
    why: 'Self-injury, the clinical word.',
  },
  {
    id: 'kms-word',
    labels: ['names-it'],
    lang: 'en',
    pattern: /\bkms\b/,
    weight: 1,
    example: 'ugh i want to kms',
    why: '"kms": kill myself.',
  },
  {
    id: 'overdose-word',
    labels: ['names-it'],
    lang: 'en',
    pattern:
      /\boverdos(?:e|ed|es|ing)?\b(?!\s+on\s+(?!(?:my|the|some|those|these|all|sleeping|pills|meds)\b)\w)/,
    weight: 1,
    example: "I think I'll overdose tonight",
    why: 'Overdosing, but not "overdosed on ice cream": only on pills, meds or one\'s own.',
  },
];

/** The subject said of oneself, even in a sentence that names someone else too. */
export const FIRST_PERSON_RULES: CrisisRule[] = [
  {
    id: 'i-am-suicidal',
    labels: ['first-person'],
    lang: 'en',
    pattern:
      /\bi(?:'?m|'?ve|'?d|\s+(?:am|was|have|had|feel|felt|keep|kept|think|thought|started|start|used\s+to|did|do|want|get|got|can'?t|cannot|might|may))\s+(?:been\s+|really\s+|so\s+|just\s+|always\s+)?(?:feeling\s+|thinking\s+(?:about|of)\s+|think\s+(?:about|of)\s+|(?:going\s+)?to\s+commit\s+)?(?:suicid|self[\s-]?harm|overdos|kms\b)/,
    weight: 1,
    example: "My friend doesn't know I've been suicidal",
    why: '"I\'m suicidal", "I\'ve been thinking about self-harm", "I want to commit suicide": the writer, whoever else is named.',
  },
  {
    id: 'feeling-suicidal',
    labels: ['first-person'],
    lang: 'en',
    pattern: /\b(?:feel|feeling|felt|am|been|get|getting)\s+(?:so\s+|really\s+|very\s+|pretty\s+)?suicid/,
    weight: 1,
    example: 'Since my mum died, feeling really suicidal',
    why: '"Feeling really suicidal", with the "I" left out.',
  },
  {
    id: 'my-self-harm',
    labels: ['first-person'],
    lang: 'en',
    pattern: /\bmy\s+(?:suicid|self[\s-]?harm)/,
    weight: 1,
    example: 'My boyfriend found out about my self-harm',
    why: '"My self-harm", "my suicidal thoughts": the writer\'s own.',
  },
];
