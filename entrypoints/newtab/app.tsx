import { mount } from '@/components/mount';
import { NewTab } from '@/components/newtab/NewTab';
import type { FirstRead } from '@/lib/newtab/first-read';
import { fromFirstRead } from '@/lib/newtab/load';
import './newtab.css';

export function start(first: Promise<FirstRead>, opened: number): void {
  mount(<NewTab data={first.then((f) => fromFirstRead(f, opened))} opened={opened} />, 'newtab_title');
}
