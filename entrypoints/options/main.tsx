import { useLiveQuery } from 'dexie-react-hooks';
import { useReady, useSettings } from '@/components/hooks';
import { mount } from '@/components/mount';
import { db } from '@/lib/db/db';
import { t } from '@/lib/i18n';

function Options() {
  const settings = useSettings();
  const memories = useLiveQuery(() => db().memories.count(), []);
  useReady(settings !== undefined && memories !== undefined);
  return (
    <main style={{ maxWidth: '42rem', margin: '2rem auto', padding: '0 1rem' }}>
      <h1>{t('options_title')}</h1>
      <p id="inner-file">{t('options_placeholder')}</p>
    </main>
  );
}

mount(<Options />, 'options_title');
