import { useSettings } from '@/components/hooks/settings';
import { mount } from '@/components/mount';
import { NameFeeling } from '@/components/popup/NameFeeling';
import type { Feeling } from '@/lib/db/types';
import { parseSettings, type Settings } from '@/lib/settings';
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

/** `today` is undefined when the fast read couldn't run: the live query then fills it in. */
export function start(storedSettings: unknown, today: unknown[] | undefined): void {
  mount(
    <Popup initialSettings={parseSettings(storedSettings)} initialToday={today as Feeling[] | undefined} />,
    'popup_title',
  );
}
