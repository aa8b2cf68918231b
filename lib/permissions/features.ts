import { browser } from 'wxt/browser';
import { type Settings, updateSettings } from '../settings';
import { hostPattern, JOB_BOARD_SITES, type Site, WEBMAIL_SITES } from './hosts';

/** The two opt-in features that read pages, each with its content script and its sites. */
export type Feature = 'email' | 'jobBoard';

interface FeatureSpec {
  scriptId: string;
  js: string;
  setting: 'emailNoticing' | 'jobBoardPrompt';
  sites: (settings: Pick<Settings, 'jobBoardExtraHosts'>) => Site[];
}

export const FEATURES: Record<Feature, FeatureSpec> = {
  email: {
    scriptId: 'redirection-webmail',
    js: 'content-scripts/webmail.js',
    setting: 'emailNoticing',
    sites: () => WEBMAIL_SITES,
  },
  jobBoard: {
    scriptId: 'redirection-job-board',
    js: 'content-scripts/job-board.js',
    setting: 'jobBoardPrompt',
    sites: (s) => [
      ...JOB_BOARD_SITES,
      ...s.jobBoardExtraHosts.flatMap((h) => {
        const p = hostPattern(h);
        return p ? [{ origin: p, matches: [p] }] : [];
      }),
    ],
  },
};

export function originsFor(feature: Feature, settings: Pick<Settings, 'jobBoardExtraHosts'>): string[] {
  return [...new Set(FEATURES[feature].sites(settings).map((s) => s.origin))];
}

export function matchesFor(feature: Feature, settings: Pick<Settings, 'jobBoardExtraHosts'>): string[] {
  return [...new Set(FEATURES[feature].sites(settings).flatMap((s) => s.matches))];
}

/**
 * Asks the browser for a feature's sites. Call it straight from the click that turns the
 * feature on: the browser only shows its prompt during a user gesture.
 */
export function requestSites(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/**
 * Turns a feature on: asks for its sites (call straight from the person's click) and, once
 * granted, saves the setting (the background then registers its script). False when declined.
 */
export async function turnOnFeature(feature: Feature, settings: Settings): Promise<boolean> {
  const granted = await requestSites(originsFor(feature, settings)).catch(() => false);
  if (granted) await updateSettings({ [FEATURES[feature].setting]: true });
  return granted;
}

/** Turns a feature off and gives its sites back. */
export async function turnOffFeature(feature: Feature): Promise<void> {
  const next = await updateSettings({ [FEATURES[feature].setting]: false });
  await releaseSites(feature, next);
}

/** Gives sites back, keeping any the other feature still uses. */
export async function releaseSites(feature: Feature, settings: Settings): Promise<void> {
  const other: Feature = feature === 'email' ? 'jobBoard' : 'email';
  const keep = new Set(settings[FEATURES[other].setting] ? originsFor(other, settings) : []);
  const origins = originsFor(feature, settings).filter((o) => !keep.has(o));
  if (!origins.length) return;
  try {
    await browser.permissions.remove({ origins });
  } catch {
    // Hosts granted at install (test builds) cannot be removed; nothing else to give back.
  }
}

export interface SyncOptions {
  /**
   * Whether a job no is recent enough for a card (lib/jobboard). Outside that window the job-board
   * script is not registered at all, so job sites load exactly as without the extension.
   */
  jobBoardWindow: boolean;
  /** Hosts where the person chose "never here": the job-board script doesn't even load there. */
  jobBoardNever?: readonly string[];
}

/**
 * Makes registered content scripts match settings and granted permissions: a feature that is
 * on and still granted has its script registered with today's sites; anything else has none.
 * Safe to call any time (browser start, settings change, permission change, a new no).
 */
export async function syncRegistrations(
  settings: Settings,
  options: SyncOptions = { jobBoardWindow: true },
): Promise<Record<Feature, boolean>> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const out = { email: false, jobBoard: false };
  for (const feature of Object.keys(FEATURES) as Feature[]) {
    const spec = FEATURES[feature];
    const exists = registered.some((r) => r.id === spec.scriptId);
    const origins = originsFor(feature, settings);
    const wanted =
      settings[spec.setting] &&
      (feature !== 'jobBoard' || options.jobBoardWindow) &&
      (await browser.permissions.contains({ origins }));
    if (!wanted) {
      if (exists) await browser.scripting.unregisterContentScripts({ ids: [spec.scriptId] });
      continue;
    }
    const script = {
      id: spec.scriptId,
      js: [spec.js],
      matches: matchesFor(feature, settings),
      // Always given (even empty): an update leaves out-of-call properties as they were.
      ...(feature === 'jobBoard'
        ? { excludeMatches: (options.jobBoardNever ?? []).map((host) => `*://${host}/*`) }
        : {}),
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (exists) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
    out[feature] = true;
  }
  return out;
}
