import { takeHandOff } from '@/lib/boot';
import { type FirstRead, firstRead } from '@/lib/newtab/first-read';
import { start } from './app';

// The boot script (newtab-boot.ts) started the reads; read here only if it didn't run.
const now = Date.now();
const boot = takeHandOff<{ opened: number; first: Promise<FirstRead> }>('newtab') ?? {
  opened: now,
  first: firstRead(now),
};
// A failed read still opens the page: its data then comes through the database (fromFirstRead).
void start(
  boot.first.catch((): FirstRead => ({ stored: {}, rows: undefined })),
  boot.opened,
);
