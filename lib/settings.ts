import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { REJECTION_KINDS } from './db/types';
import { SPANISH_FORMS } from './i18n-forms';
import { STORAGE_KEYS } from './storage-keys';

/** Small per-device settings, kept in extension storage (not in the database). */
export const settingsSchema = v.object({
  theme: v.picklist(['system', 'light', 'dark']),
  /** New-tab privacy veil: private content stays hidden until the person asks. */
  newtabVeil: v.boolean(),
  newtabMinimal: v.boolean(),
  /** Kinds of rejection offered first in pickers. */
  kindsFirst: v.array(v.picklist(REJECTION_KINDS)),
  /** Opt-in features; each asks for its hosts only when turned on. */
  emailNoticing: v.boolean(),
  jobBoardPrompt: v.boolean(),
  /** Days after a job rejection during which job boards may show the gentle card. */
  jobBoardDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
  /** Extra job-board sites the person added: hosts such as jobs.example.org (see hostPattern). */
  jobBoardExtraHosts: v.array(v.string()),
  /** Gentle prompts the person can turn off one by one. */
  prompts: v.object({
    afterHardFeeling: v.boolean(),
    dailyCheckIn: v.boolean(),
  }),
  dailyCheckInTime: v.pipe(v.string(), v.regex(/^\d\d:\d\d$/)),
  /** In Spanish, words about the person ("abandonado/a") in the form they chose, or both. */
  spanishForm: v.picklist(SPANISH_FORMS),
});
export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  newtabVeil: true,
  newtabMinimal: false,
  kindsFirst: [],
  emailNoticing: false,
  jobBoardPrompt: false,
  jobBoardDays: 7,
  jobBoardExtraHosts: [],
  prompts: { afterHardFeeling: true, dailyCheckIn: false },
  dailyCheckInTime: '20:00',
  spanishForm: 'both',
};

const KEY = STORAGE_KEYS.settings;

/**
 * Stored settings merged over defaults; a value that fails validation falls back to its
 * default instead of breaking the page.
 */
export function parseSettings(raw: unknown): Settings {
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(settingsSchema.entries)) {
    if (!(key in stored)) continue;
    const merged =
      key === 'prompts' && stored.prompts && typeof stored.prompts === 'object'
        ? { ...DEFAULT_SETTINGS.prompts, ...(stored.prompts as object) }
        : stored[key];
    const parsed = v.safeParse(schema, merged);
    if (parsed.success) out[key] = parsed.output;
  }
  return out as Settings;
}

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return parseSettings(got[KEY]);
}

export async function updateSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...changes });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with fresh settings whenever they change in any page or the background. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
