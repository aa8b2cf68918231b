import { describe, expect, it } from 'vitest';
import {
  addRejection,
  deleteRejectionBySourceKey,
  latestJobRejection,
  listRejections,
} from '@/lib/db/rejections';
import { readState, recordChoice, refreshJobBoardState } from '@/lib/jobboard/state';
import { DAY } from '@/lib/jobboard/timing';
import { updateSettings } from '@/lib/settings';

const key = 'a'.repeat(64);

describe('rejections', () => {
  it('records an email once per message key, and keeps nothing of the email but date, company, kind', async () => {
    const first = await addRejection(
      { kind: 'job-application', who: 'Acme', source: 'email', sourceKey: key },
      1000,
    );
    const again = await addRejection(
      { kind: 'job-application', who: 'Acme', source: 'email', sourceKey: key },
      2000,
    );
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.row.id).toBe(first.row.id);
    const rows = await listRejections();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ['at', 'createdAt', 'id', 'kind', 'source', 'sourceKey', 'updatedAt', 'who'].sort(),
    );
  });

  it('logs by hand without a key, as many as the person wants', async () => {
    await addRejection({ kind: 'no-reply', who: 'Northwind', source: 'manual' });
    await addRejection({ kind: 'romantic', who: '', source: 'manual' });
    expect(await listRejections()).toHaveLength(2);
  });

  it('finds the latest job no in a window, ignoring other kinds', async () => {
    const now = Date.now();
    await addRejection({ kind: 'job-application', who: 'Old', source: 'manual', at: now - 20 * DAY });
    await addRejection({ kind: 'job-application', who: 'Acme', source: 'manual', at: now - 2 * DAY });
    await addRejection({ kind: 'friendship', who: 'Sam', source: 'manual', at: now - DAY });
    expect((await latestJobRejection(now - 7 * DAY))?.who).toBe('Acme');
    expect(await latestJobRejection(now - DAY / 2)).toBeUndefined();
  });

  it('keeps the job-board value in step: a new no, "not a no", the days setting', async () => {
    const now = Date.now();
    await addRejection({
      kind: 'job-application',
      who: 'Acme',
      source: 'email',
      sourceKey: key,
      at: now - DAY,
    });
    expect((await refreshJobBoardState(now)).lastNo?.who).toBe('Acme');
    await recordChoice('never', 'www.indeed.com', now);
    await deleteRejectionBySourceKey(key);
    const after = await refreshJobBoardState(now);
    expect(after.lastNo).toBeUndefined();
    // Choices survive a refresh.
    expect(after.neverHosts).toEqual(['www.indeed.com']);
    await addRejection({ kind: 'no-reply', who: 'Quiet Co', source: 'manual', at: now - 9 * DAY });
    expect((await refreshJobBoardState(now)).lastNo).toBeUndefined();
    await updateSettings({ jobBoardDays: 10 });
    expect((await refreshJobBoardState(now)).lastNo?.who).toBe('Quiet Co');
    expect((await readState()).days).toBe(10);
  });
});
