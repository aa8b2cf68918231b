import { useMemo, useRef, useState } from 'react';
import { useReady } from '@/components/hooks/settings';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { useLive } from '@/components/hooks/useLive';
import { dayRange } from '@/lib/dates';
import type { Feeling } from '@/lib/db/types';
import { momentKindsForHardFeeling } from '@/lib/feelings/moment-kinds';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { CrisisLinesLink, CrisisPanel } from '../CrisisPanel';
import { Disclosure } from '../Disclosure';
import { FeelingPicker } from '../FeelingPicker';
import { feelingLabel } from '../feelingLabel';
import { BrowseFamilies } from './BrowseFamilies';
import { EMPTY_DETAILS, FeelingDetails } from './FeelingDetails';
import { LogRejection } from './LogRejection';
import { MomentAfterHardFeeling } from './MomentAfterHardFeeling';
import { NextSteps } from './NextSteps';
import { TodayList } from './TodayList';

const feelingsRepo = () => import('@/lib/db/feelings');

/** The popup: name the feeling in two keystrokes, the rest optional. */
export function NameFeeling({
  settings,
  initialToday,
  now = Date.now,
}: {
  settings: Settings | undefined;
  /** Today's entries read before React loaded, so the first render already shows them. */
  initialToday?: Feeling[];
  now?: () => number;
}) {
  const detectCrisis = useCrisisCheck();
  const [details, setDetails] = useState(EMPTY_DETAILS);
  const [query, setQuery] = useState('');
  const [saved, setSaved] = useState<Feeling>();
  const [status, setStatus] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const ackRef = useRef<HTMLHeadingElement>(null);
  // The database code loads after the first render; today's rows came with the page.
  const today = useLive(feelingsRepo, (m) => m.listFeelings(dayRange(now())), initialToday);
  useReady(today !== undefined && settings !== undefined);

  const momentKinds = useMemo(
    () =>
      saved && settings?.prompts.afterHardFeeling
        ? momentKindsForHardFeeling(saved.words, saved.intensity)
        : undefined,
    [saved, settings?.prompts.afterHardFeeling],
  );

  const crisis =
    detectCrisis(query) || detectCrisis(details.note) || (saved?.note ? detectCrisis(saved.note) : false);

  const save = async (word: string) => {
    const { addFeeling } = await feelingsRepo();
    const row = await addFeeling({
      words: [word, ...details.extraWords.filter((w) => w !== word)],
      intensity: details.intensity,
      kind: details.kind,
      note: details.note.trim() || undefined,
    });
    setSaved(row);
    setDetails(EMPTY_DETAILS);
    setQuery('');
    setStatus('');
    // Move focus to the acknowledgement so screen readers hear it.
    requestAnimationFrame(() => ackRef.current?.focus());
  };

  const undo = async () => {
    if (!saved) return;
    const { deleteFeeling } = await feelingsRepo();
    await deleteFeeling(saved.id);
    setSaved(undefined);
    setStatus(t('popup_undone'));
    setPickerKey((k) => k + 1);
  };

  const another = () => {
    setSaved(undefined);
    setStatus('');
    setPickerKey((k) => k + 1);
  };

  return (
    <main className="popup stack">
      {crisis && <CrisisPanel />}
      {saved ? (
        <section className="ack stack fade-in" aria-labelledby="ack-title" data-testid="ack">
          <h1 id="ack-title" ref={ackRef} tabIndex={-1}>
            {t('popup_ack', saved.words.map(feelingLabel).join(', '))}
          </h1>
          <p>{t('popup_ackMore')}</p>
          <div className="row">
            <button type="button" onClick={undo}>
              {t('common_undo')}
            </button>
            <button type="button" className="primary" onClick={another}>
              {t('popup_nameAnother')}
            </button>
          </div>
          {momentKinds && <MomentAfterHardFeeling kinds={momentKinds} />}
          <NextSteps />
        </section>
      ) : (
        <form
          className="stack"
          aria-labelledby="popup-title"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <h1 id="popup-title">{t('popup_title')}</h1>
          <FeelingPicker
            key={pickerKey}
            autoFocus
            label={t('popup_fieldLabel')}
            placeholder={t('popup_fieldPlaceholder')}
            hint={t('popup_fieldHint')}
            onPick={save}
            onQueryChange={setQuery}
            inputTestId="feeling-input"
          />
          <p role="status" className="muted">
            {status}
          </p>
          <BrowseFamilies onPick={save} />
          <Disclosure className="more" summary={t('popup_more')}>
            {() => (
              <FeelingDetails value={details} onChange={setDetails} kindsFirst={settings?.kindsFirst ?? []} />
            )}
          </Disclosure>
        </form>
      )}
      <LogRejection kindsFirst={settings?.kindsFirst ?? []} />
      {today && <TodayList feelings={today} />}
      <CrisisLinesLink />
    </main>
  );
}
