import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { getSettings, type Settings, watchSettings } from '../settings';
import { STORAGE_KEYS } from '../storage-keys';
import { dayKey, nextCheckIn, shouldOffer } from './checkin';

export const CHECKIN_ALARM = 'daily-checkin';
const NOTIFICATION_ID = 'daily-checkin';
const LAST_KEY = STORAGE_KEYS.checkinLastDay;

/** Keeps the alarm in step with the setting: on at the chosen time, or gone. */
export async function syncCheckInAlarm(settings: Settings, now = Date.now()): Promise<void> {
  await browser.alarms.clear(CHECKIN_ALARM);
  if (!settings.prompts.dailyCheckIn) return;
  await browser.alarms.create(CHECKIN_ALARM, {
    when: nextCheckIn(now, settings.dailyCheckInTime),
    periodInMinutes: 24 * 60,
  });
}

/** The alarm fired: one gentle line, if still wanted, permitted, and not yet offered today. */
export async function onCheckInAlarm(now = Date.now()): Promise<boolean> {
  const settings = await getSettings();
  if (!settings.prompts.dailyCheckIn) return false;
  const { [LAST_KEY]: last } = await browser.storage.local.get(LAST_KEY);
  if (!shouldOffer(typeof last === 'string' ? last : undefined, now)) return false;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('checkin_title'),
    message: t('checkin_message'),
  });
  await browser.storage.local.set({ [LAST_KEY]: dayKey(now) });
  return true;
}

/** Opens the popup's form in a small window (a notification click can't open the toolbar popup). */
export async function openNameFeelingWindow(): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL('/popup.html'),
    type: 'popup',
    width: 400,
    height: 600,
  });
}

export function setupCheckIn(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECKIN_ALARM) void onCheckInAlarm();
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.notifications.clear(id);
    void openNameFeelingWindow();
  });
  // Alarms don't survive every browser restart (Firefox): set it again on start.
  void getSettings().then((s) => syncCheckInAlarm(s));
  watchSettings((s) => void syncCheckInAlarm(s));
}
