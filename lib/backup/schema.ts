import * as v from 'valibot';
import { MEMORY_KINDS, REJECTION_KINDS, type TableName, type Tables, TRAP_IDS } from '@/lib/db/types';
import { DATE_MAX, DATE_MIN, LIMITS, type LimitName } from '@/lib/limits';

// Every row read from a file is checked against these before anything is written. The limits
// are the ones the pages and the database writes use (lib/limits.ts), so whatever the extension
// stores comes back, and a hostile file can't blow up the page.
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(DATE_MAX - 1));
const day = v.pipe(v.number(), v.safeInteger(), v.minValue(DATE_MIN), v.maxValue(DATE_MAX - 1));
const text = (name: LimitName) => v.pipe(v.string(), v.maxLength(LIMITS[name]));
const list = <T extends v.GenericSchema<string, string>>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));
const kind = v.picklist(REJECTION_KINDS);

const row = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
  createdAt: time,
  updatedAt: time,
};

export const rowSchemas = {
  feelings: v.object({
    ...row,
    words: list(text('word'), LIMITS.words),
    intensity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
    kind: v.optional(kind),
    note: v.optional(text('note')),
  }),
  memories: v.object({
    ...row,
    text: text('momentText'),
    date: day,
    kinds: list(v.picklist(MEMORY_KINDS), 3),
    people: list(text('label'), LIMITS.labels),
    tags: list(text('label'), LIMITS.labels),
    pinned: v.picklist([0, 1] as const),
    lastShownAt: time,
  }),
  reflections: v.object({
    ...row,
    promptId: text('promptId'),
    prompt: text('prompt'),
    text: text('reflection'),
  }),
  thoughts: v.object({
    ...row,
    text: text('thought'),
    beliefBefore: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    beliefAfter: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    traps: list(v.picklist(TRAP_IDS), TRAP_IDS.length),
    words: list(text('word'), LIMITS.words),
    kind: v.optional(kind),
    evidenceFor: list(text('evidence'), LIMITS.evidenceItems),
    evidenceAgainst: list(text('evidence'), LIMITS.evidenceItems),
    friendView: text('thought'),
    reframe: text('thought'),
  }),
  rejections: v.object({
    ...row,
    at: time,
    kind,
    who: text('who'),
    source: v.picklist(['email', 'manual']),
    sourceKey: v.optional(text('sourceKey')),
  }),
  steps: v.object({
    ...row,
    text: text('step'),
    custom: v.picklist([0, 1] as const),
    doneAt: v.optional(time),
    suggestionId: v.optional(text('suggestionId')),
  }),
} satisfies Record<TableName, v.GenericSchema>;

// A row type that gains a field must gain it here too, or the backup would drop it silently.
type Same<A, B> = [A, B, keyof A, keyof B] extends [B, A, keyof B, keyof A] ? true : false;
type Check = { [K in TableName]: Same<v.InferOutput<(typeof rowSchemas)[K]>, Tables[K]> };
const schemasMatchTypes: Check = {
  feelings: true,
  memories: true,
  reflections: true,
  thoughts: true,
  rejections: true,
  steps: true,
};
void schemasMatchTypes;

export const BACKUP_FORMAT = 'redirection-backup';
export const ENCRYPTED_FORMAT = 'redirection-backup-encrypted';
export const BACKUP_VERSION = 1;

const tableList = <K extends TableName>(k: K) => v.optional(v.array(rowSchemas[k]), []);

export const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: time,
  data: v.object({
    feelings: tableList('feelings'),
    memories: tableList('memories'),
    reflections: tableList('reflections'),
    thoughts: tableList('thoughts'),
    rejections: tableList('rejections'),
    steps: tableList('steps'),
  }),
  /** Extra top-level field: per-device settings, so they survive a move. Checked on import. */
  settings: v.optional(v.unknown()),
});
export type Backup = v.InferOutput<typeof backupSchema>;
export type BackupData = { [K in TableName]: Tables[K][] };

const b64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const encryptedSchema = v.object({
  format: v.literal(ENCRYPTED_FORMAT),
  version: v.literal(BACKUP_VERSION),
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    // A floor keeps weak files out; a ceiling keeps a hostile file from freezing the page.
    iterations: v.pipe(v.number(), v.integer(), v.minValue(600_000), v.maxValue(10_000_000)),
  }),
  cipher: v.optional(v.literal('AES-GCM-256')),
  salt: b64,
  iv: b64,
  ciphertext: b64,
  /** A known word sealed with the same key: tells a wrong passphrase from a damaged file. */
  check: v.optional(v.object({ iv: b64, ciphertext: b64 })),
  /**
   * SHA-256 of every other field: a changed salt, check or ciphertext is then reported as a
   * changed file, not a wrong passphrase. Absent in files from before it was added.
   */
  digest: v.optional(b64),
});
export type EncryptedBackup = v.InferOutput<typeof encryptedSchema>;
