import { CrisisLinesLink } from '@/components/CrisisPanel';
import { mount } from '@/components/mount';
import { ThoughtRecord } from '@/components/reframe/ThoughtRecord';
import '@/components/reframe/reframe.css';

mount(
  <main className="reframe">
    <ThoughtRecord />
    <footer className="page-footer">
      <CrisisLinesLink />
    </footer>
  </main>,
  'reframe_title',
);
