import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { CrisisPanel } from '@/components/CrisisPanel';
import { FeelingPicker } from '@/components/FeelingPicker';
import { feelingLabel } from '@/components/feelingLabel';
import { useReady, useSettings } from '@/components/hooks';
import { KindSelect } from '@/components/KindSelect';
import { useCrisisCheck } from '@/components/useCrisisCheck';
import { useLimit } from '@/components/useLimit';
import { addThought, listThoughts, updateThought } from '@/lib/db/thoughts';
import { type RejectionKind, TRAP_IDS, type TrapId } from '@/lib/db/types';
import { detectLanguage } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import { friendView } from '@/lib/reframe/friend-view';
import { HANDOFF_KEY, initialFromUrl, parseHandoff } from '@/lib/reframe/handoff';
import { momentKindsFor } from '@/lib/reframe/moments';
import { startersFor } from '@/lib/reframe/starters';
import { offerTraps } from '@/lib/traps/offers';
import { BeliefSlider } from './BeliefSlider';
import { Highlight } from './Highlight';
import { InnerFileMoment } from './InnerFileMoment';
import { ListEditor } from './ListEditor';
import { RecordList } from './RecordList';
import { TrapCard, type TrapChoice, trapName } from './TrapCard';
import { useTrapModel } from './useTrapModel';

interface Start {
  text: string;
  cut: boolean;
  crisis: boolean;
}

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

const EMPTY: Record<string, never> = {};

export function ThoughtRecord() {
  const detectCrisis = useCrisisCheck();
  const settings = useSettings();
  const records = useLiveQuery(() => listThoughts(10), []);
  const [start, setStart] = useState<Start>();
  const [text, setText] = useState('');
  const [beliefBefore, setBeliefBefore] = useState(70);
  const [words, setWords] = useState<string[]>([]);
  const [kind, setKind] = useState<RejectionKind>();
  const [choices, setChoices] = useState<Partial<Record<TrapId, TrapChoice>>>(EMPTY);
  const [evidenceFor, setEvidenceFor] = useState<string[]>([]);
  const [evidenceAgainst, setEvidenceAgainst] = useState<string[]>([]);
  const [friendAnswer, setFriendAnswer] = useState('');
  const [reframe, setReframe] = useState('');
  const textLimit = useLimit('thought', setText);
  const friendLimit = useLimit('thought', setFriendAnswer);
  const reframeLimit = useLimit('thought', setReframe);
  const [beliefAfter, setBeliefAfter] = useState<number>();
  const [savedId, setSavedId] = useState<string>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    loadStart().then((s) => {
      setStart(s);
      setText(s.text);
      // The text has been read; keep it out of the address bar and history.
      if (location.search) history.replaceState(null, '', location.pathname);
    });
  }, []);

  useReady(settings !== undefined && start !== undefined && records !== undefined);

  const trapModel = useTrapModel();
  // biome-ignore lint/correctness/useExhaustiveDependencies: found again once the word model has loaded
  const offers = useMemo(() => offerTraps(text), [text, trapModel]);
  const hits = offers.shown;
  const maybe = offers.maybe;
  // A language trap spotting doesn't read: say so, and open the full list instead.
  const unread = offers.lang === 'other' && text.trim() !== '';
  const detected = new Set([...hits, ...maybe].map((h) => h.trap));
  const added = TRAP_IDS.filter((id) => choices[id] === 'confirmed' && !detected.has(id));
  const confirmed = TRAP_IDS.filter((id) => choices[id] === 'confirmed');
  const offered = hits.filter((h) => choices[h.trap] !== 'dismissed');
  // A "maybe" counts once the person keeps it.
  const keptMaybe = maybe.filter((h) => choices[h.trap] === 'confirmed');
  const spans = offered.flatMap((h) => h.spans);
  const inPlay = [...new Set([...confirmed, ...offered.map((h) => h.trap), ...keptMaybe.map((h) => h.trap)])];
  const kinds = momentKindsFor(text, kind, inPlay);
  // The panel goes next to the first field whose words raised it, so it is seen where the person is.
  const crisisAt: 'text' | 'evidence' | 'friend' | 'reframe' | undefined =
    start?.crisis || detectCrisis([text, ...words].join('\n'))
      ? 'text'
      : detectCrisis([...evidenceFor, ...evidenceAgainst].join('\n'))
        ? 'evidence'
        : detectCrisis(friendAnswer)
          ? 'friend'
          : detectCrisis(reframe)
            ? 'reframe'
            : undefined;
  const lang = detectLanguage(text);

  const choose = (trap: TrapId, choice: TrapChoice) => setChoices((c) => ({ ...c, [trap]: choice }));

  const reset = () => {
    setText('');
    setStart((s) => (s ? { text: '', cut: false, crisis: false } : s));
    setBeliefBefore(70);
    setWords([]);
    setKind(undefined);
    setChoices(EMPTY);
    setEvidenceFor([]);
    setEvidenceAgainst([]);
    setFriendAnswer('');
    setReframe('');
    setBeliefAfter(undefined);
    setSavedId(undefined);
    setStatus('');
    document.getElementById('thought')?.focus();
  };

  const save = async () => {
    if (!text.trim()) {
      setStatus(t('reframe_needText'));
      return;
    }
    const record = {
      text,
      beliefBefore,
      // The slider shows the first rating until moved; once there is a reframe, that rating counts.
      beliefAfter: beliefAfter ?? (reframe.trim() ? beliefBefore : undefined),
      traps: confirmed,
      words,
      kind,
      evidenceFor,
      evidenceAgainst,
      friendView: friendAnswer,
      reframe,
    };
    if (savedId) await updateThought(savedId, record);
    else setSavedId((await addThought(record)).id);
    setStatus(t('reframe_saved'));
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
            <Highlight text={text} spans={spans} />
          </p>
        </aside>
      )}

      <section aria-labelledby="s1" className="step">
        <h2 id="s1">{t('reframe_thoughtTitle')}</h2>
        {start.cut && (
          <p className="note" data-testid="cut-note">
            {t('reframe_cutNote')}
          </p>
        )}
        <label htmlFor="thought">{t('reframe_thoughtLabel')}</label>
        <textarea
          id="thought"
          value={text}
          rows={3}
          placeholder={t('reframe_thoughtPlaceholder')}
          {...textLimit.field}
        />
        {textLimit.note}
        {crisisAt === 'text' && <CrisisPanel lang={lang} />}
        <BeliefSlider
          label={t('reframe_beliefBefore')}
          value={beliefBefore}
          onChange={setBeliefBefore}
          testId="belief-before"
        />
        <FeelingPicker
          label={t('reframe_feelingsLabel')}
          placeholder={t('reframe_feelingsPlaceholder')}
          exclude={words}
          onPick={(w) => setWords((ws) => (ws.includes(w) ? ws : [...ws, w].slice(0, 4)))}
        />
        {words.length > 0 && (
          <ul className="chips" aria-label={t('reframe_feelingsChosen')}>
            {words.map((w) => (
              <li key={w}>
                {feelingLabel(w)}
                <button
                  type="button"
                  className="link"
                  aria-label={t('reframe_removeWord', feelingLabel(w))}
                  onClick={() => setWords((ws) => ws.filter((x) => x !== w))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <KindSelect
          value={kind}
          onChange={setKind}
          first={settings?.kindsFirst}
          label={t('reframe_kindLabel')}
        />
      </section>

      <section aria-labelledby="s2" className="step">
        <h2 id="s2">{t('reframe_trapsTitle')}</h2>
        {!text.trim() ? (
          <p className="muted">{t('reframe_thoughtEmpty')}</p>
        ) : (
          <>
            <p className="muted" data-testid="traps-intro">
              {unread
                ? t('reframe_trapsOtherLanguage')
                : hits.length || maybe.length
                  ? t('reframe_trapsIntro')
                  : t('reframe_trapsNone')}
            </p>
            <ul className="plain stack traps" data-testid="traps">
              {hits.map((h) => (
                <TrapCard
                  key={h.trap}
                  trap={h.trap}
                  text={text}
                  spans={h.spans}
                  choice={choices[h.trap]}
                  onChoose={(c) => choose(h.trap, c)}
                />
              ))}
              {added
                .filter((id) => !maybe.some((m) => m.trap === id))
                .map((id) => (
                  <TrapCard
                    key={id}
                    trap={id}
                    text={text}
                    spans={[]}
                    choice="confirmed"
                    onChoose={(c) => choose(id, c)}
                  />
                ))}
            </ul>
            {maybe.length > 0 && (
              <div className="maybe stack" data-testid="traps-maybe">
                <p className="small muted">{t('reframe_trapsMaybe')}</p>
                <ul className="plain stack traps">
                  {maybe.map((h) => (
                    <TrapCard
                      key={h.trap}
                      trap={h.trap}
                      text={text}
                      spans={h.spans}
                      choice={choices[h.trap]}
                      onChoose={(c) => choose(h.trap, c)}
                    />
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        <details className="add-traps" open={unread || undefined}>
          <summary>{t('reframe_trapsAdd')}</summary>
          <fieldset>
            <legend>{t('reframe_trapsAll')}</legend>
            {TRAP_IDS.map((id) => (
              <label key={id} className="check">
                <input
                  type="checkbox"
                  checked={choices[id] === 'confirmed'}
                  onChange={(e) => choose(id, e.target.checked ? 'confirmed' : undefined)}
                />{' '}
                {trapName(id)}
              </label>
            ))}
          </fieldset>
        </details>
      </section>

      <section aria-labelledby="s3" className="step">
        <h2 id="s3">{t('reframe_factsTitle')}</h2>
        <p className="muted">{t('reframe_factsIntro')}</p>
        <div className="two">
          <ListEditor
            label={t('reframe_factsFor')}
            items={evidenceFor}
            onChange={setEvidenceFor}
            testId="facts-for"
          />
          <ListEditor
            label={t('reframe_factsAgainst')}
            items={evidenceAgainst}
            onChange={setEvidenceAgainst}
            testId="facts-against"
          />
        </div>
        {crisisAt === 'evidence' && <CrisisPanel lang={lang} />}
      </section>

      <section aria-labelledby="s4" className="step">
        <h2 id="s4">{t('reframe_friendTitle')}</h2>
        <p className="muted">{t('reframe_friendIntro')}</p>
        <blockquote className="quote friend" data-testid="friend-view">
          {text.trim() ? friendView(text) : '…'}
        </blockquote>
        <label htmlFor="friend-answer">{t('reframe_friendAsk')}</label>
        <textarea id="friend-answer" rows={3} value={friendAnswer} {...friendLimit.field} />
        {friendLimit.note}
        {crisisAt === 'friend' && <CrisisPanel lang={lang} />}
      </section>

      <section aria-labelledby="s5" className="step">
        <h2 id="s5">{t('reframe_momentTitle')}</h2>
        <InnerFileMoment kinds={kinds} />
      </section>

      <section aria-labelledby="s6" className="step">
        <h2 id="s6">{t('reframe_reframeTitle')}</h2>
        <p className="muted">{t('reframe_reframeIntro')}</p>
        <fieldset className="row starters">
          <legend className="small muted">{t('reframe_startersLabel')}</legend>
          {startersFor(inPlay, 2, kind).map((key) => (
            <button
              type="button"
              key={key}
              className="starter"
              onClick={() => {
                setReframe((r) => (r.trim() ? `${r.trimEnd()} ${t(key)}` : t(key)));
                document.getElementById('reframe')?.focus();
              }}
            >
              {t(key).replace(/\s+$/, '…')}
            </button>
          ))}
        </fieldset>
        <label htmlFor="reframe">{t('reframe_reframeLabel')}</label>
        <textarea id="reframe" rows={4} value={reframe} {...reframeLimit.field} />
        {reframeLimit.note}
        {crisisAt === 'reframe' && <CrisisPanel lang={lang} />}
        <BeliefSlider
          label={t('reframe_beliefAfter')}
          value={beliefAfter ?? beliefBefore}
          onChange={setBeliefAfter}
          testId="belief-after"
        />
        <div className="row">
          <button type="button" className="primary" onClick={save}>
            {t('reframe_save')}
          </button>
          {savedId && (
            <button type="button" onClick={reset}>
              {t('reframe_another')}
            </button>
          )}
        </div>
        <p role="status" data-testid="save-status">
          {status}
        </p>
      </section>

      {savedId && (
        <section aria-labelledby="closing-title" className="step card" data-testid="closing">
          <h2 id="closing-title">{t('reframe_closingTitle')}</h2>
          <p>{t('newtab_p_closing_three')}</p>
          <a href={(browser.runtime.getURL as (p: string) => string)('/newtab.html?prompt=closing-three')}>
            {t('reframe_closingLink')}
          </a>
        </section>
      )}

      <RecordList records={records ?? []} />
    </>
  );
}
