import { mount } from '@/components/mount';
import { NewTab } from '@/components/newtab/NewTab';
import { loadNewTab } from '@/lib/newtab/load';
import './newtab.css';

// Reads start before React renders, so the database opens while the page is still starting.
const opened = Date.now();
const data = loadNewTab(opened);
// The stored theme goes on with the data, before the shared settings hook has read it again.
void data.then(({ settings }) => {
  if (settings.theme !== 'system') document.documentElement.dataset.theme = settings.theme;
});

mount(<NewTab data={data} opened={opened} />, 'newtab_title');
