/**
 * Feeling words rejection brings, grouped in families so a person who can't find the word can
 * browse. Ids are stable (they are stored); labels come from messages.json (`feeling_<id>`).
 */
export const FEELING_FAMILIES = {
  unwanted: [
    'rejected',
    'unwanted',
    'dismissed',
    'ignored',
    'invisible',
    'excluded',
    'left-out',
    'abandoned',
    'forgotten',
    'replaced',
    'unchosen',
    'ghosted',
  ],
  hurt: ['hurt', 'wounded', 'heartbroken', 'crushed', 'stung', 'devastated', 'betrayed', 'let-down'],
  shame: [
    'ashamed',
    'embarrassed',
    'humiliated',
    'exposed',
    'inadequate',
    'worthless',
    'not-good-enough',
    'foolish',
    'small',
  ],
  anger: ['angry', 'resentful', 'bitter', 'frustrated', 'furious', 'irritated', 'indignant'],
  fear: ['anxious', 'insecure', 'scared', 'worried', 'vulnerable', 'overwhelmed', 'panicky', 'on-edge'],
  sadness: [
    'sad',
    'disappointed',
    'grieving',
    'lonely',
    'hopeless',
    'empty',
    'discouraged',
    'defeated',
    'homesick',
  ],
  numb: ['confused', 'numb', 'shocked', 'lost', 'drained', 'stuck', 'tired', 'restless'],
  envy: ['jealous', 'envious', 'left-behind', 'compared'],
  easing: [
    'relieved',
    'hopeful',
    'accepting',
    'calm',
    'grateful',
    'curious',
    'free',
    'determined',
    'proud',
    'okay',
  ],
} as const satisfies Record<string, readonly string[]>;

export type FeelingFamily = keyof typeof FEELING_FAMILIES;
export const FAMILY_IDS = Object.keys(FEELING_FAMILIES) as FeelingFamily[];

export const FEELING_WORDS: readonly string[] = FAMILY_IDS.flatMap((f) => FEELING_FAMILIES[f]);

const FAMILY_OF = new Map<string, FeelingFamily>(
  FAMILY_IDS.flatMap((f) => FEELING_FAMILIES[f].map((w) => [w, f] as const)),
);

/** The family of a vocabulary word; the person's own words have none. */
export function familyOf(word: string): FeelingFamily | undefined {
  return FAMILY_OF.get(word);
}

export function isVocabularyWord(word: string): boolean {
  return FAMILY_OF.has(word);
}

/** Families whose feelings tend to be hard; a hard feeling may invite a memory from the inner file. */
export const HARD_FAMILIES: ReadonlySet<FeelingFamily> = new Set(['unwanted', 'hurt', 'shame', 'sadness']);
