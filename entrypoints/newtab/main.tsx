import { useReady, useSettings } from '@/components/hooks';
import { mount } from '@/components/mount';
import { t } from '@/lib/i18n';

function NewTab() {
  const settings = useSettings();
  useReady(settings !== undefined);
  return (
    <main style={{ maxWidth: '40rem', margin: '15vh auto', padding: '0 1rem' }}>
      <h1>{t('newtab_title')}</h1>
      <p style={{ fontFamily: 'var(--font-serif)', fontSize: '1.4rem' }}>{t('newtab_prompt')}</p>
    </main>
  );
}

mount(<NewTab />, 'newtab_title');
