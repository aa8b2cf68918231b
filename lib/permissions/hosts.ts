/**
 * Sites the opt-in features may read, as optional host permissions (asked for only when the
 * person turns a feature on) and the content-script match patterns used on them.
 * wxt.config.ts reads these lists, so the manifest and the code cannot drift apart.
 */
export interface Site {
  /** Host permission pattern (what the browser asks the person about). */
  origin: string;
  /** Where the content script runs on that site (can be narrower than the origin). */
  matches: string[];
}

export const WEBMAIL_SITES: Site[] = [
  { origin: 'https://mail.google.com/*', matches: ['https://mail.google.com/*'] },
  { origin: 'https://outlook.live.com/*', matches: ['https://outlook.live.com/*'] },
  { origin: 'https://outlook.office.com/*', matches: ['https://outlook.office.com/*'] },
  { origin: 'https://outlook.office365.com/*', matches: ['https://outlook.office365.com/*'] },
];

export const JOB_BOARD_SITES: Site[] = [
  { origin: 'https://www.linkedin.com/*', matches: ['https://www.linkedin.com/jobs/*'] },
  { origin: 'https://*.indeed.com/*', matches: ['https://*.indeed.com/*'] },
  { origin: 'https://*.glassdoor.com/*', matches: ['https://*.glassdoor.com/*'] },
  { origin: 'https://*.glassdoor.co.uk/*', matches: ['https://*.glassdoor.co.uk/*'] },
  { origin: 'https://boards.greenhouse.io/*', matches: ['https://boards.greenhouse.io/*'] },
  { origin: 'https://job-boards.greenhouse.io/*', matches: ['https://job-boards.greenhouse.io/*'] },
  { origin: 'https://jobs.lever.co/*', matches: ['https://jobs.lever.co/*'] },
  { origin: 'https://*.myworkdayjobs.com/*', matches: ['https://*.myworkdayjobs.com/*'] },
  { origin: 'https://wellfound.com/*', matches: ['https://wellfound.com/*'] },
  { origin: 'https://*.ziprecruiter.com/*', matches: ['https://*.ziprecruiter.com/*'] },
  { origin: 'https://*.monster.com/*', matches: ['https://*.monster.com/*'] },
  { origin: 'https://www.welcometothejungle.com/*', matches: ['https://www.welcometothejungle.com/*'] },
  { origin: 'https://www.stepstone.de/*', matches: ['https://www.stepstone.de/*'] },
  { origin: 'https://www.stepstone.at/*', matches: ['https://www.stepstone.at/*'] },
  { origin: 'https://www.stepstone.be/*', matches: ['https://www.stepstone.be/*'] },
  { origin: 'https://www.seek.com.au/*', matches: ['https://www.seek.com.au/*'] },
  { origin: 'https://www.seek.co.nz/*', matches: ['https://www.seek.co.nz/*'] },
  { origin: 'https://www.naukri.com/*', matches: ['https://www.naukri.com/*'] },
];

/**
 * Sites the person adds themselves can be any https host, so the manifest lists https://*\/* as
 * optional too; it is never granted at install and only the hosts typed are ever requested.
 */
export const ANY_HTTPS = 'https://*/*';

export const OPTIONAL_HOST_PERMISSIONS = [
  ...WEBMAIL_SITES.map((s) => s.origin),
  ...JOB_BOARD_SITES.map((s) => s.origin),
  ANY_HTTPS,
];

/**
 * "jobs.example.org", "https://jobs.example.org/careers" → "https://jobs.example.org/*".
 * Undefined for anything that is not a plain https host (no wildcards beyond a leading "*.").
 */
export function hostPattern(input: string): string | undefined {
  const raw = input.trim().toLowerCase();
  if (!raw) return undefined;
  let host = raw.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '');
  if (raw.startsWith('http://')) return undefined;
  host = host.replace(/:\d+$/, '');
  if (!/^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return undefined;
  return `https://${host}/*`;
}
