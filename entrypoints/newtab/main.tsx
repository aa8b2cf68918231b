import { mount } from '@/components/mount';
import { NewTab } from '@/components/newtab/NewTab';
import './newtab.css';

mount(<NewTab />, 'newtab_title');
