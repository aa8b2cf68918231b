import { useSettings } from '@/components/hooks';
import { mount } from '@/components/mount';
import { NameFeeling } from '@/components/popup/NameFeeling';
import type { Feeling } from '@/lib/db/types';
import { parseSettings, type Settings } from '@/lib/settings';
import './popup.css';

function Popup({ initialSettings, initialToday }: { initialSettings: Settings; initialToday: Feeling[] }) {
  const settings = useSettings(initialSettings);
  return <NameFeeling settings={settings} initialToday={initialToday} />;
}

export function start(storedSettings: unknown, today: Feeling[]): void {
  mount(<Popup initialSettings={parseSettings(storedSettings)} initialToday={today} />, 'popup_title');
}
