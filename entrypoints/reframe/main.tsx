import { useReady, useSettings } from '@/components/hooks';
import { mount } from '@/components/mount';
import { t } from '@/lib/i18n';

// Placeholder until the thought record lands (issue 5).
function Reframe() {
  const settings = useSettings();
  useReady(settings !== undefined);
  return (
    <main style={{ maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem' }}>
      <h1>{t('reframe_title')}</h1>
    </main>
  );
}

mount(<Reframe />, 'reframe_title');
