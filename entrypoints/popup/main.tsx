import { dayRange } from '@/lib/dates';
import { rawRead, readStorage } from '@/lib/db/raw';

// Start reading what the first render shows before React and Dexie load, so the I/O overlaps.
const { from, to } = dayRange(Date.now());
const boot = Promise.all([
  readStorage(['settings']),
  rawRead({
    today: {
      store: 'feelings',
      index: 'createdAt',
      range: IDBKeyRange.bound(from, to, false, true),
      direction: 'prev',
    },
  }),
]);
import('./app').then(({ start }) => boot.then(([stored, rows]) => start(stored.settings, rows?.today)));
