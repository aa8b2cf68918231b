import { readRange, readStoredSettings } from '@/lib/boot/early';
import { dayRange } from '@/lib/dates';
import type { Feeling } from '@/lib/db/types';

// Start reading what the first render shows before React and Dexie load, so the I/O overlaps.
const { from, to } = dayRange(Date.now());
const boot = Promise.all([readStoredSettings(), readRange<Feeling>('feelings', 'createdAt', from, to)]);
import('./app').then(({ start }) => boot.then(([settings, today]) => start(settings, today)));
