/**
 * Every key Redirection keeps in extension storage, in one place (docs/ARCHITECTURE.md,
 * "Storage"). "Delete all my data" removes every key but the settings, so a key added here is
 * deleted with the rest unless it is listed in KEPT_ON_DELETE.
 */
export const STORAGE_KEYS = {
  /** storage.local: the person's settings. */
  settings: 'settings',
  /** storage.local: the new tab's unsaved journal draft. */
  draft: 'newtabDraft',
  /** storage.local: the job-board card's small state (last no, snoozes, "never here" sites). */
  jobBoard: 'jobBoardState',
  /** storage.local: one-way keys of emails the person said were not a no. */
  notANo: 'emailNotANo',
  /** storage.local: the day the daily check-in last showed. */
  checkinLastDay: 'checkinLastDay',
  /** storage.session: selected text on its way from the menu to the reframe page. */
  handoff: 'reframe:handoff',
} as const;

/** What "delete all my data" leaves in place: the settings, and nothing the person wrote. */
export const KEPT_ON_DELETE: readonly string[] = [STORAGE_KEYS.settings];
