/** Kinds of rejection the person can name (docs/ARCHITECTURE.md, "Data model"). Stored as these ids. */
export const REJECTION_KINDS = [
  'romantic',
  'job-application',
  'at-work',
  'friendship',
  'family',
  'group',
  'no-reply',
  // A person who went silent: not a job, so the job-board card never speaks of it.
  'ghosted',
  'other',
] as const;
export type RejectionKind = (typeof REJECTION_KINDS)[number];

/** The three things a moment in the inner file can show. */
export const MEMORY_KINDS = ['loved', 'capable', 'proud'] as const;
export type MemoryKind = (typeof MEMORY_KINDS)[number];

export const TRAP_IDS = [
  'all-or-nothing',
  'overgeneralizing',
  'labeling',
  'fortune-telling',
  'mind-reading',
  'emotional-reasoning',
  'should-statements',
  'personalizing',
  'disqualifying-positive',
  'catastrophizing',
  'comparing-despairing',
  'blaming',
  'negative-feeling',
] as const;
export type TrapId = (typeof TRAP_IDS)[number];

/** Every row: a string UUID key and epoch-ms timestamps, so backups merge by id. */
export interface Row {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface Feeling extends Row {
  /** Feeling word ids (vocabulary ids, or the person's own word); the first is the main one. */
  words: string[];
  /** 0–10, when the person gave one. */
  intensity?: number;
  kind?: RejectionKind;
  note?: string;
}

export interface Memory extends Row {
  text: string;
  /** The day it happened, as epoch ms at local midnight. */
  date: number;
  kinds: MemoryKind[];
  people: string[];
  tags: string[];
  /** 1 when pinned; a number so IndexedDB can index it. */
  pinned: 0 | 1;
  /** When it was last read back, so "read me one" can prefer the others. */
  lastShownAt: number;
}

export interface Reflection extends Row {
  promptId: string;
  /** The prompt as shown, so the record still reads well if prompts change. */
  prompt: string;
  text: string;
}

export interface Thought extends Row {
  text: string;
  beliefBefore: number;
  beliefAfter?: number;
  traps: TrapId[];
  words: string[];
  kind?: RejectionKind;
  evidenceFor: string[];
  evidenceAgainst: string[];
  friendView: string;
  reframe: string;
}

export interface Rejection extends Row {
  /** When the no came (epoch ms). */
  at: number;
  kind: RejectionKind;
  /** Company or a label the person chose; never an email body. */
  who: string;
  source: 'email' | 'manual';
  /** A one-way key of the email message, so the same email is recorded once. */
  sourceKey?: string;
}

export interface Step extends Row {
  text: string;
  /** 1 for steps the person wrote; 0 for suggestions they marked done. */
  custom: 0 | 1;
  doneAt?: number;
  /** For a suggestion marked done: which one (see lib/newtab/steps.ts). */
  suggestionId?: string;
}

export interface Tables {
  feelings: Feeling;
  memories: Memory;
  reflections: Reflection;
  thoughts: Thought;
  rejections: Rejection;
  steps: Step;
}
export type TableName = keyof Tables;
export const TABLE_NAMES: TableName[] = [
  'feelings',
  'memories',
  'reflections',
  'thoughts',
  'rejections',
  'steps',
];
