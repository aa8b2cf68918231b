import { useSettings } from '@/components/hooks';
import { mount } from '@/components/mount';
import { NameFeeling } from '@/components/popup/NameFeeling';
import './popup.css';

function Popup() {
  const settings = useSettings();
  return <NameFeeling settings={settings} />;
}

mount(<Popup />, 'popup_title');
