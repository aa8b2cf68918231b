import { mount } from '@/components/mount';
import { NewTab } from '@/components/newtab/NewTab';
import { type FirstRead, firstRead } from '@/lib/newtab/first-read';
import { fromFirstRead } from '@/lib/newtab/from-first-read';
import { keepSnapshotWhenIdle } from '@/lib/snapshot/keep';
import './newtab.css';

/** Mounts once the first read is in, so the first render already shows it (no Suspense: React
 * holds a revealed boundary back up to 300 ms). */
export async function start(first: Promise<FirstRead>, opened: number): Promise<void> {
  const initial = await fromFirstRead(await first, opened);
  mount(<NewTab initial={initial} opened={opened} />, 'newtab_title');
  // What the next new tab shows, ready for its boot script to paint (lib/snapshot/refresh.ts).
  keepSnapshotWhenIdle({
    page: 'newtab',
    read: firstRead,
    complete: (read) => read.rows !== undefined,
    view: async (read, now) => <NewTab initial={await fromFirstRead(read, now)} opened={now} />,
  });
}
