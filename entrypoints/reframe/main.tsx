import { mount } from '@/components/mount';
import { ThoughtRecord } from '@/components/reframe/ThoughtRecord';
import '@/components/reframe/reframe.css';

mount(
  <main className="reframe">
    <ThoughtRecord />
  </main>,
  'reframe_title',
);
