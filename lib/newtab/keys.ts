import { STORAGE_KEYS } from '../storage-keys';
/** Where the new tab's draft lives in extension storage. */
export const DRAFT_KEY = STORAGE_KEYS.draft;
