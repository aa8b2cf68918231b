import { describe, expect, it } from 'vitest';
import {
  afterChoice,
  cardWindow,
  DAY,
  daysSince,
  decide,
  type JobBoardState,
  SNOOZE_DAYS,
  typingNow,
} from '@/lib/jobboard/timing';

// A fixed local clock: Wednesday 10:00.
const now = new Date(2026, 10, 25, 10, 0).getTime();
const base = (over: Partial<JobBoardState> = {}): JobBoardState => ({
  days: 7,
  neverHosts: [],
  lastNo: { at: now - 2 * DAY, who: 'Acme' },
  ...over,
});

describe('when the job-board card may show', () => {
  it.each([
    ['a no two days ago, nothing else', base(), 'due'],
    ['no rejection stored', base({ lastNo: undefined }), 'nothing-recent'],
    ['nothing stored at all', undefined, 'nothing-recent'],
    [
      'a no eight days ago with a 7-day window',
      base({ lastNo: { at: now - 8 * DAY, who: 'Acme' } }),
      'nothing-recent',
    ],
    ['a no six days ago', base({ lastNo: { at: now - 6 * DAY, who: 'Acme' } }), 'due'],
    [
      'a no eight days ago with a 10-day window',
      base({ days: 10, lastNo: { at: now - 8 * DAY, who: 'A' } }),
      'due',
    ],
    ['a no this morning', base({ lastNo: { at: now - 3_600_000, who: 'Acme' } }), 'due'],
    ['shown earlier today', base({ lastShownAt: now - 3_600_000 }), 'shown-today'],
    ['shown yesterday evening', base({ lastShownAt: new Date(2026, 10, 24, 23, 0).getTime() }), 'due'],
    ['snoozed until next week', base({ snoozeUntil: now + DAY }), 'snoozed'],
    ['snooze ended', base({ snoozeUntil: now - 1 }), 'due'],
    ['"never here" on this host', base({ neverHosts: ['www.linkedin.com'] }), 'never-here'],
    ['"never here" on another host', base({ neverHosts: ['www.indeed.com'] }), 'due'],
  ] as const)('%s → %s', (_name, state, want) => {
    expect(decide(state, 'www.linkedin.com', now)).toBe(want);
  });

  it('counts calendar days, not 24-hour spans', () => {
    const lateYesterday = new Date(2026, 10, 24, 23, 30).getTime();
    expect(daysSince(lateYesterday, now)).toBe(1);
    expect(daysSince(now - 60_000, now)).toBe(0);
  });

  it('shows at most once a day: after showing, not again until tomorrow', () => {
    const shown = afterChoice(base(), 'shown', 'www.linkedin.com', now);
    expect(decide(shown, 'www.linkedin.com', now + 3 * 3_600_000)).toBe('shown-today');
    expect(decide(shown, 'www.indeed.com', now + 3_600_000)).toBe('shown-today');
    expect(decide(shown, 'www.linkedin.com', now + DAY)).toBe('due');
  });

  it('"not for a week" holds for seven days, then the window has closed anyway', () => {
    const snoozed = afterChoice(base({ lastNo: { at: now, who: 'Acme' } }), 'week', 'x', now);
    for (let d = 1; d < SNOOZE_DAYS; d++) expect(decide(snoozed, 'x', now + d * DAY)).toBe('snoozed');
    expect(decide({ ...snoozed, days: 30 }, 'x', now + SNOOZE_DAYS * DAY + 1)).toBe('due');
  });

  it('"never here" holds on that site only, and adding it twice keeps one', () => {
    const once = afterChoice(base(), 'never', 'www.indeed.com', now);
    const twice = afterChoice(once, 'never', 'www.indeed.com', now);
    expect(twice.neverHosts).toEqual(['www.indeed.com']);
    expect(decide(twice, 'www.indeed.com', now + 30 * DAY)).toBe('never-here');
    expect(decide(twice, 'www.linkedin.com', now)).toBe('due');
  });

  it('"not now" changes nothing beyond today', () => {
    expect(afterChoice(base(), 'not-now', 'x', now)).toEqual(base());
  });
});

describe('typing', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) =>
    ({ tagName, ...extra }) as unknown as Element;
  it.each([
    ['nothing focused', null, 0, false],
    ['a text field focused', el('INPUT', { type: 'text' }), 0, true],
    ['a search field focused', el('INPUT', { type: 'search' }), 0, true],
    ['a checkbox focused', el('INPUT', { type: 'checkbox' }), 0, false],
    ['a textarea focused', el('TEXTAREA'), 0, true],
    ['a rich editor focused', el('DIV', { isContentEditable: true }), 0, true],
    ['a link focused', el('A', { isContentEditable: false }), 0, false],
    ['a key pressed a second ago', null, now - 1000, true],
    ['a key pressed a minute ago', null, now - 60_000, false],
  ] as const)('%s → %s', (_name, active, lastKeyAt, want) => {
    expect(typingNow(active, lastKeyAt, now)).toBe(want);
  });
});

describe('when the job-board script is registered at all', () => {
  const at = (d: number, h = 0) => new Date(2026, 10, d, h).getTime();
  // The no came on the 23rd at 10:00 with a 7-day window: cards may show until the 30th starts.
  const end = at(30);
  it.each([
    ['a card is due', base(), { due: true, next: end }],
    ['shown earlier today', base({ lastShownAt: now - 3_600_000 }), { due: false, next: at(26) }],
    ['snoozed for a week', base({ snoozeUntil: now + SNOOZE_DAYS * DAY }), { due: false, next: end }],
    ['snoozed until tomorrow noon', base({ snoozeUntil: at(26, 12) }), { due: false, next: at(26, 12) }],
    [
      'never here on one site: others still due',
      base({ neverHosts: ['www.indeed.com'] }),
      { due: true, next: end },
    ],
    ['no recent no', base({ lastNo: undefined }), { due: false }],
    ['the window has closed', base({ lastNo: { at: now - 9 * DAY, who: 'Acme' } }), { due: false }],
    ['nothing stored', undefined, { due: false }],
  ] as const)('%s', (_label, state, expected) => {
    expect(cardWindow(state, now)).toEqual(expected);
  });
});
