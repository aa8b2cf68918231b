import { afterEach, describe, expect, it } from 'vitest';
import { RedirectionDB } from '@/lib/db/db';
import { SCHEMA_VERSIONS } from '@/lib/db/schema';
import { TABLE_NAMES, type Tables } from '@/lib/db/types';

/**
 * Rows as each shipped version wrote them. When a version is added, add the rows its
 * predecessor wrote here, and what they must look like after the upgrade.
 */
const WRITTEN_BY: Record<number, { [T in keyof Tables]?: Tables[T][] }> = {
  1: {
    feelings: [
      {
        id: 'f1',
        createdAt: 1,
        updatedAt: 1,
        words: ['dismissed'],
        intensity: 7,
        kind: 'job-application',
        note: 'Acme',
      },
    ],
    memories: [
      {
        id: 'm1',
        createdAt: 2,
        updatedAt: 2,
        text: 'Finished the marathon',
        date: 2,
        kinds: ['proud'],
        people: [],
        tags: ['running'],
        pinned: 1,
        lastShownAt: 0,
      },
    ],
    reflections: [
      {
        id: 'r1',
        createdAt: 3,
        updatedAt: 3,
        promptId: 'clarify',
        prompt: 'What did it clarify?',
        text: 'Fit matters.',
      },
    ],
    thoughts: [
      {
        id: 't1',
        createdAt: 4,
        updatedAt: 4,
        text: 'Nobody will ever hire me',
        beliefBefore: 80,
        beliefAfter: 40,
        traps: ['overgeneralizing'],
        words: [],
        evidenceFor: [],
        evidenceAgainst: ['Two interviews'],
        friendView: '',
        reframe: 'One no is about fit.',
      },
    ],
    rejections: [
      {
        id: 'j1',
        createdAt: 5,
        updatedAt: 5,
        at: 5,
        kind: 'job-application',
        who: 'Acme',
        source: 'email',
        sourceKey: 'k1',
      },
    ],
    steps: [{ id: 's1', createdAt: 6, updatedAt: 6, text: 'Walk', custom: 0, doneAt: 6 }],
  },
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new RedirectionDB(name).delete();
});

describe('schema upgrades keep every row', () => {
  const latest = SCHEMA_VERSIONS.at(-1)?.version ?? 0;

  it('every shipped version has rows written by it', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(WRITTEN_BY[version], `rows for v${version}`).toBeDefined();
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'data written by v%i opens in the current schema',
    async (version) => {
      const name = `upgrade-${version}-${crypto.randomUUID()}`;
      names.push(name);
      const old = new RedirectionDB(name, version);
      const rows = WRITTEN_BY[version] ?? {};
      for (const table of TABLE_NAMES) await old.table(table).bulkAdd(rows[table] ?? []);
      old.close();

      const current = new RedirectionDB(name);
      await current.open();
      expect(current.verno).toBe(latest);
      for (const table of TABLE_NAMES) {
        const got = await current.table(table).toArray();
        expect(got.map((r) => r.id)).toEqual((rows[table] ?? []).map((r) => r.id));
      }
      // Indexes the app reads by still answer.
      expect(await current.feelings.where('words').equals('dismissed').count()).toBe(1);
      expect(await current.rejections.where('sourceKey').equals('k1').count()).toBe(1);
      current.close();
    },
  );
});
