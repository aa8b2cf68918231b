import type { TableName } from './types';

/**
 * Every shipped schema version, oldest first. Never edit a shipped entry: append a new one
 * (with an upgrade when rows need to change) and add its case to tests/unit/db-upgrade.test.ts.
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<TableName, string> }[] = [
  {
    version: 1,
    stores: {
      feelings: 'id, createdAt, kind, *words',
      memories: 'id, createdAt, date, pinned, lastShownAt, *kinds, *tags, *people',
      reflections: 'id, createdAt, promptId',
      thoughts: 'id, createdAt, kind, *traps',
      rejections: 'id, createdAt, at, kind, source, &sourceKey',
      steps: 'id, createdAt, doneAt, custom',
    },
  },
];
