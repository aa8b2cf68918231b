import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FEATURES,
  matchesFor,
  originsFor,
  releaseSites,
  syncRegistrations,
} from '@/lib/permissions/features';
import {
  hostPattern,
  JOB_BOARD_SITES,
  OPTIONAL_HOST_PERMISSIONS,
  WEBMAIL_SITES,
} from '@/lib/permissions/hosts';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

type Registered = { id: string; js?: string[]; matches?: string[]; excludeMatches?: string[] };

let granted: Set<string>;
let registered: Registered[];

beforeEach(() => {
  granted = new Set();
  registered = [];
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = {
    ...b.permissions,
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
  };
  b.scripting = {
    ...b.scripting,
    getRegisteredContentScripts: vi.fn(async () => registered.map((r) => ({ ...r }))),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      registered.push(...scripts);
    }),
    updateContentScripts: vi.fn(async (scripts: Registered[]) => {
      registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    }),
  };
});

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const grant = (feature: 'email' | 'jobBoard', s: Settings) => {
  for (const o of originsFor(feature, s)) granted.add(o);
};

describe('sites', () => {
  it('lists every webmail and job board the issue names as optional, never at install', () => {
    for (const host of ['mail.google.com', 'outlook.live.com', 'outlook.office.com']) {
      expect(WEBMAIL_SITES.some((s) => s.origin.includes(host))).toBe(true);
    }
    for (const host of [
      'linkedin',
      'indeed',
      'glassdoor',
      'greenhouse',
      'lever',
      'myworkdayjobs',
      'wellfound',
      'ziprecruiter',
      'monster',
      'welcometothejungle',
      'stepstone',
      'seek',
      'naukri',
    ]) {
      expect(
        JOB_BOARD_SITES.some((s) => s.origin.includes(host)),
        host,
      ).toBe(true);
    }
    expect(OPTIONAL_HOST_PERMISSIONS.every((o) => o.startsWith('https://'))).toBe(true);
  });

  it.each([
    ['jobs.example.org', 'https://jobs.example.org/*'],
    ['https://Careers.Example.co.uk/open-roles?x=1', 'https://careers.example.co.uk/*'],
    ['*.example.com', 'https://*.example.com/*'],
    ['http://jobs.example.org', undefined],
    ['not a host', undefined],
    ['localhost', undefined],
    ['', undefined],
  ])('hostPattern(%j) → %j', (input, want) => {
    expect(hostPattern(input)).toBe(want);
  });

  it('adds the hosts the person typed to the job-board sites', () => {
    const s = settings({ jobBoardExtraHosts: ['jobs.example.org'] });
    expect(originsFor('jobBoard', s)).toContain('https://jobs.example.org/*');
    expect(matchesFor('jobBoard', s)).toContain('https://www.linkedin.com/jobs/*');
  });
});

describe('registering the opt-in scripts', () => {
  it('registers nothing while both features are off, even with access granted', async () => {
    grant('email', settings());
    expect(await syncRegistrations(settings())).toEqual({ email: false, jobBoard: false });
    expect(registered).toEqual([]);
  });

  it('registers a feature that is on and granted, with the real patterns, and re-registers at start', async () => {
    const s = settings({ emailNoticing: true });
    grant('email', s);
    await syncRegistrations(s);
    expect(registered).toEqual([
      expect.objectContaining({
        id: FEATURES.email.scriptId,
        js: ['content-scripts/webmail.js'],
        matches: WEBMAIL_SITES.flatMap((x) => x.matches),
      }),
    ]);
    // Browser start: same state, still exactly one registration.
    await syncRegistrations(s);
    expect(registered).toHaveLength(1);
  });

  it('does not register a feature whose access was not granted (or was taken back)', async () => {
    const s = settings({ jobBoardPrompt: true });
    expect((await syncRegistrations(s)).jobBoard).toBe(false);
    grant('jobBoard', s);
    expect((await syncRegistrations(s)).jobBoard).toBe(true);
    granted.delete('https://www.linkedin.com/*');
    expect((await syncRegistrations(s)).jobBoard).toBe(false);
    expect(registered).toEqual([]);
  });

  it('keeps the job-board script away while no job no is recent, and brings it back after one', async () => {
    const s = settings({ jobBoardPrompt: true });
    grant('jobBoard', s);
    expect((await syncRegistrations(s, { jobBoardWindow: false })).jobBoard).toBe(false);
    expect(registered).toEqual([]);
    expect((await syncRegistrations(s, { jobBoardWindow: true })).jobBoard).toBe(true);
    expect((await syncRegistrations(s, { jobBoardWindow: false })).jobBoard).toBe(false);
    expect(registered).toEqual([]);
  });

  it('leaves out the sites where the person chose "never here"', async () => {
    const s = settings({ jobBoardPrompt: true });
    grant('jobBoard', s);
    await syncRegistrations(s, { jobBoardWindow: true, jobBoardNever: ['www.indeed.com'] });
    expect(registered[0]?.excludeMatches).toEqual(['*://www.indeed.com/*']);
    await syncRegistrations(s, { jobBoardWindow: true, jobBoardNever: [] });
    expect(registered[0]?.excludeMatches).toEqual([]);
  });

  it('updates the patterns when the person adds a site', async () => {
    const s = settings({ jobBoardPrompt: true });
    grant('jobBoard', s);
    await syncRegistrations(s);
    const more = settings({ jobBoardPrompt: true, jobBoardExtraHosts: ['jobs.example.org'] });
    grant('jobBoard', more);
    await syncRegistrations(more);
    expect(registered).toHaveLength(1);
    expect(registered[0]?.matches).toContain('https://jobs.example.org/*');
  });

  it('turning off unregisters and gives back that feature’s sites only', async () => {
    const both = settings({ emailNoticing: true, jobBoardPrompt: true });
    grant('email', both);
    grant('jobBoard', both);
    await syncRegistrations(both);
    const off = settings({ emailNoticing: false, jobBoardPrompt: true });
    await syncRegistrations(off);
    await releaseSites('email', off);
    expect(registered.map((r) => r.id)).toEqual([FEATURES.jobBoard.scriptId]);
    expect(granted.has('https://mail.google.com/*')).toBe(false);
    expect(granted.has('https://www.linkedin.com/*')).toBe(true);
  });
});
