import { useSettings } from '@/components/hooks/settings';
import { mount } from '@/components/mount';
import { NameFeeling } from '@/components/popup/NameFeeling';
import type { Feeling } from '@/lib/db/types';
import { popupFirstRead } from '@/lib/popup/first-read';
import { parseSettings, type Settings } from '@/lib/settings';
import { keepSnapshotWhenIdle } from '@/lib/snapshot/keep';
import './popup.css';

function Popup({
  initialSettings,
  initialToday,
}: {
  initialSettings: Settings;
  initialToday: Feeling[] | undefined;
}) {
  const settings = useSettings(initialSettings);
  return <NameFeeling settings={settings} initialToday={initialToday} />;
}

const view = (storedSettings: unknown, today: unknown[] | undefined) => (
  <Popup initialSettings={parseSettings(storedSettings)} initialToday={today as Feeling[] | undefined} />
);

/** `today` is undefined when the fast read couldn't run: the live query then fills it in. */
export function start(storedSettings: unknown, today: unknown[] | undefined): void {
  mount(view(storedSettings, today), 'popup_title');
  // What the next popup shows, ready for its boot script to paint (lib/snapshot/refresh.ts).
  keepSnapshotWhenIdle({
    page: 'popup',
    read: popupFirstRead,
    complete: (read) => read.today !== undefined,
    view: (read) => view(read.stored.settings, read.today),
  });
}
