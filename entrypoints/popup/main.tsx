import { takeHandOff } from '@/lib/boot';
import { type PopupFirstRead, popupFirstRead } from '@/lib/popup/first-read';
import { start } from './app';

// The boot script (popup-boot.ts) started the reads; read here only if it didn't run.
const first = takeHandOff<Promise<PopupFirstRead>>('popup') ?? popupFirstRead(Date.now());
// A failed read still opens the popup: defaults, and today's list from the database after.
void first
  .catch((): PopupFirstRead => ({ stored: {}, today: undefined }))
  .then(({ stored, today }) => start(stored.settings, today));
