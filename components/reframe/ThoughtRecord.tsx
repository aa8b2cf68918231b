import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useReducer } from 'react';
import { browser } from 'wxt/browser';
import { useReady, useSettings } from '@/components/hooks/settings';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { useTrapModel } from '@/components/hooks/useTrapModel';
import { addThought, listThoughts, updateThought } from '@/lib/db/thoughts';
import { detectLanguage } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import { HANDOFF_KEY, initialFromUrl, parseHandoff } from '@/lib/reframe/handoff';
import { momentKindsForThought } from '@/lib/reframe/moments';
import {
  crisisField,
  initialState,
  reducer,
  type Start,
  toThought,
  trapView,
} from '@/lib/reframe/record-state';
import { offerTraps } from '@/lib/traps/offers';
import { ClosingCard } from './ClosingCard';
import { FactsStep } from './FactsStep';
import { FriendStep } from './FriendStep';
import { Highlight } from './Highlight';
import { InnerFileMoment } from './InnerFileMoment';
import { RecordList } from './RecordList';
import { ReframeStep } from './ReframeStep';
import { ThoughtStep } from './ThoughtStep';
import { TrapsStep } from './TrapsStep';

/** Reads what the page opens with: the context menu's session hand-off (once), or `?text=`. */
async function loadStart(): Promise<Start> {
  const url = initialFromUrl(location.search);
  if (url.fromSession) {
    try {
      const got = await browser.storage.session.get(HANDOFF_KEY);
      await browser.storage.session.remove(HANDOFF_KEY);
      const h = parseHandoff(got[HANDOFF_KEY]);
      if (h) return { text: h.text, cut: h.cut, crisis: h.crisis };
    } catch {
      // No session storage (older browser): start empty rather than fail.
    }
  }
  return { text: url.text, cut: url.cut, crisis: false };
}

/** The thought record page: the steps share one state (lib/reframe/record-state.ts). */
export function ThoughtRecord() {
  const detectCrisis = useCrisisCheck();
  const settings = useSettings();
  const records = useLiveQuery(() => listThoughts(10), []);
  const [state, dispatch] = useReducer(reducer, undefined, initialState);
  const { start, text } = state;

  useEffect(() => {
    loadStart().then((s) => {
      dispatch({ type: 'started', start: s });
      // The text has been read; keep it out of the address bar and history.
      if (location.search) history.replaceState(null, '', location.pathname);
    });
  }, []);

  useReady(settings !== undefined && start !== undefined && records !== undefined);

  const trapModel = useTrapModel();
  // biome-ignore lint/correctness/useExhaustiveDependencies: found again once the word model has loaded
  const offers = useMemo(() => offerTraps(text), [text, trapModel]);
  const traps = trapView(text, offers, state.choices);
  const kinds = momentKindsForThought(text, state.kind, traps.inPlay);
  // The panel goes next to the first field whose words raised it, so it is seen where the person is.
  const crisisAt = crisisField(state, detectCrisis);
  const lang = detectLanguage(text);

  const reset = () => {
    dispatch({ type: 'reset' });
    document.getElementById('thought')?.focus();
  };

  const save = async () => {
    if (!text.trim()) {
      dispatch({ type: 'status', status: t('reframe_needText') });
      return;
    }
    const record = toThought(state);
    if (state.savedId) await updateThought(state.savedId, record);
    else dispatch({ type: 'saved', id: (await addThought(record)).id });
    dispatch({ type: 'status', status: t('reframe_saved') });
  };

  if (!start) return <p className="muted">{t('common_loading')}</p>;

  return (
    <>
      <header>
        <h1>{t('reframe_title')}</h1>
        <p className="muted">{t('reframe_intro')}</p>
      </header>

      {text.trim() && (
        <aside className="thought-in-view card" aria-labelledby="in-view-title" data-testid="in-view">
          <h2 id="in-view-title" className="small muted">
            {t('reframe_yourThought')}
          </h2>
          <p className="quote">
            <Highlight text={text} spans={traps.spans} />
          </p>
        </aside>
      )}

      <ThoughtStep
        cut={start.cut}
        text={text}
        beliefBefore={state.beliefBefore}
        words={state.words}
        kind={state.kind}
        kindsFirst={settings?.kindsFirst}
        crisis={crisisAt === 'text'}
        lang={lang}
        dispatch={dispatch}
      />
      <TrapsStep text={text} view={traps} choices={state.choices} dispatch={dispatch} />
      <FactsStep
        evidenceFor={state.evidenceFor}
        evidenceAgainst={state.evidenceAgainst}
        crisis={crisisAt === 'evidence'}
        lang={lang}
        dispatch={dispatch}
      />
      <FriendStep
        text={text}
        friendAnswer={state.friendAnswer}
        crisis={crisisAt === 'friend'}
        lang={lang}
        dispatch={dispatch}
      />

      <section aria-labelledby="s5" className="step">
        <h2 id="s5">{t('reframe_momentTitle')}</h2>
        <InnerFileMoment kinds={kinds} />
      </section>

      <ReframeStep
        inPlay={traps.inPlay}
        kind={state.kind}
        reframe={state.reframe}
        beliefBefore={state.beliefBefore}
        beliefAfter={state.beliefAfter}
        saved={state.savedId !== undefined}
        status={state.status}
        crisis={crisisAt === 'reframe'}
        lang={lang}
        dispatch={dispatch}
        onSave={save}
        onReset={reset}
      />

      {state.savedId && <ClosingCard />}

      <RecordList records={records ?? []} />
    </>
  );
}
