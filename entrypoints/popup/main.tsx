import { takeHandOff } from '@/lib/boot';
import { type PopupFirstRead, popupFirstRead } from '@/lib/popup/first-read';
import { start } from './app';

// The boot script (popup-boot.ts) started the reads; read here only if it didn't run.
const first = takeHandOff<Promise<PopupFirstRead>>('popup') ?? popupFirstRead(Date.now());
void first.then(({ stored, today }) => start(stored.settings, today));
