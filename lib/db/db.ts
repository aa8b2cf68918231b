import { Dexie, type EntityTable } from 'dexie';
import { noteWrites } from '../snapshot/writes';
import { SCHEMA_VERSIONS } from './schema';
import type { Feeling, Memory, Reflection, Rejection, Row, Step, Thought } from './types';

export { DB_NAME } from './name';

import { DB_NAME } from './name';

export class RedirectionDB extends Dexie {
  feelings!: EntityTable<Feeling, 'id'>;
  memories!: EntityTable<Memory, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  thoughts!: EntityTable<Thought, 'id'>;
  rejections!: EntityTable<Rejection, 'id'>;
  steps!: EntityTable<Step, 'id'>;

  /** `upTo` opens an older schema; only tests use it, to write data as a previous version did. */
  constructor(name = DB_NAME, upTo = Number.POSITIVE_INFINITY) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      if (version <= upTo) this.version(version).stores(stores);
    }
  }
}

let instance: RedirectionDB | undefined;

/** The one shared connection for this page or worker. */
export function db(): RedirectionDB {
  // Pages note each write, so a first-view snapshot drawn before it is never painted.
  instance ??= new RedirectionDB().use(noteWrites);
  return instance;
}

/** Tests swap in a fresh database. */
export function setDb(next: RedirectionDB): void {
  instance = next;
}

export function newRow(now = Date.now()): Row {
  return { id: crypto.randomUUID(), createdAt: now, updatedAt: now };
}
