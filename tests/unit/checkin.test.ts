import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKIN_ALARM, onCheckInAlarm, syncCheckInAlarm } from '@/lib/checkin/background';
import { dayKey, nextCheckIn, shouldOffer } from '@/lib/checkin/checkin';
import { DEFAULT_SETTINGS, updateSettings } from '@/lib/settings';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('check-in timing', () => {
  it.each([
    [at(27, 9), '20:00', at(27, 20)],
    [at(27, 20), '20:00', at(28, 20)],
    [at(27, 21, 30), '20:00', at(28, 20)],
    [at(27, 0, 1), '00:00', at(28, 0)],
    [at(30, 23), '07:15', new Date(2026, 11, 1, 7, 15).getTime()],
  ])('after %s at %s → %s', (now, time, expected) => {
    expect(nextCheckIn(now, time)).toBe(expected);
  });

  it.each([
    [undefined, at(27, 20), true],
    [dayKey(at(27, 8)), at(27, 20), false],
    [dayKey(at(26, 20)), at(27, 20), true],
  ])('last %s, now %s → %s', (last, now, expected) => {
    expect(shouldOffer(last, now)).toBe(expected);
  });
});

describe('check-in in the background', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
  });

  it('sets the alarm only when turned on, and clears it when turned off', async () => {
    await syncCheckInAlarm(DEFAULT_SETTINGS, at(27, 9));
    expect(await fakeBrowser.alarms.get(CHECKIN_ALARM)).toBeUndefined();
    const on = { ...DEFAULT_SETTINGS, prompts: { ...DEFAULT_SETTINGS.prompts, dailyCheckIn: true } };
    await syncCheckInAlarm(on, at(27, 9));
    expect((await fakeBrowser.alarms.get(CHECKIN_ALARM))?.scheduledTime).toBe(at(27, 20));
    await syncCheckInAlarm(DEFAULT_SETTINGS, at(27, 9));
    expect(await fakeBrowser.alarms.get(CHECKIN_ALARM)).toBeUndefined();
  });

  it('offers once a day, only when on and notifications are allowed', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    let allowed = true;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((() =>
      Promise.resolve(allowed)) as never);
    expect(await onCheckInAlarm(at(27, 20))).toBe(false); // off by default
    await updateSettings({ prompts: { afterHardFeeling: true, dailyCheckIn: true } });
    expect(await onCheckInAlarm(at(27, 20))).toBe(true);
    expect(await onCheckInAlarm(at(27, 21))).toBe(false); // same day
    expect(await onCheckInAlarm(at(28, 20))).toBe(true);
    allowed = false;
    expect(await onCheckInAlarm(at(29, 20))).toBe(false);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
