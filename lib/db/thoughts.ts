import { clip, LIMITS } from '../limits';
import { db, newRow } from './db';
import { REJECTION_KINDS, type Thought, TRAP_IDS } from './types';

export type NewThought = Pick<Thought, 'text' | 'beliefBefore'> &
  Partial<Omit<Thought, 'id' | 'createdAt' | 'updatedAt' | 'text' | 'beliefBefore'>>;

const belief = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) ? undefined : Math.min(100, Math.max(0, Math.round(n)));
const list = (items: readonly string[] | undefined) =>
  (items ?? [])
    .map((s) => clip(s.trim(), 'evidence'))
    .filter(Boolean)
    .slice(0, LIMITS.evidenceItems);

/** A thought record as stored: clamped and trimmed, unknown trap and kind ids dropped. */
export function cleanThought(input: NewThought): Omit<Thought, 'id' | 'createdAt' | 'updatedAt'> {
  const out: Omit<Thought, 'id' | 'createdAt' | 'updatedAt'> = {
    text: clip(input.text.trim(), 'thought'),
    beliefBefore: belief(input.beliefBefore) ?? 50,
    traps: [...new Set(input.traps ?? [])].filter((t) => TRAP_IDS.includes(t)),
    words: list(input.words)
      .map((w) => clip(w, 'word'))
      .slice(0, 4),
    evidenceFor: list(input.evidenceFor),
    evidenceAgainst: list(input.evidenceAgainst),
    friendView: clip((input.friendView ?? '').trim(), 'thought'),
    reframe: clip((input.reframe ?? '').trim(), 'thought'),
  };
  const after = belief(input.beliefAfter);
  if (after !== undefined) out.beliefAfter = after;
  if (input.kind && REJECTION_KINDS.includes(input.kind)) out.kind = input.kind;
  return out;
}

export async function addThought(input: NewThought, now = Date.now()): Promise<Thought> {
  const row: Thought = { ...newRow(now), ...cleanThought(input) };
  await db().thoughts.add(row);
  return row;
}

export async function updateThought(id: string, input: NewThought, now = Date.now()): Promise<void> {
  await db().thoughts.update(id, { ...cleanThought(input), updatedAt: now });
}

export async function deleteThought(id: string): Promise<Thought | undefined> {
  const row = await db().thoughts.get(id);
  await db().thoughts.delete(id);
  return row;
}

export async function restoreThought(row: Thought): Promise<void> {
  await db().thoughts.put(row);
}

/** Newest first, through the createdAt index. */
export function listThoughts(limit = 10): Promise<Thought[]> {
  return db().thoughts.orderBy('createdAt').reverse().limit(limit).toArray();
}
