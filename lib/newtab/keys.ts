/** Where the new tab's draft lives in extension storage. */
export const DRAFT_KEY = 'newtabDraft';
