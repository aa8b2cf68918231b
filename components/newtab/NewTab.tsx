import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReady, useSettings } from '@/components/hooks/settings';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { useLive } from '@/components/hooks/useLive';
import { dayRange } from '@/lib/dates';
import type { Memory, Step } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import {
  type Draft,
  draftWriter,
  emptyDraft,
  loadDraft,
  mergeIncoming,
  watchDraft,
} from '@/lib/newtab/draft';
import { glanceFrom } from '@/lib/newtab/glance';
import { kindEntries } from '@/lib/newtab/kinds';
import type { NewTabData } from '@/lib/newtab/load';
import { choosePrompt, promptById, promptKey, recentKinds } from '@/lib/newtab/prompts';
import { candidateKey, chooseStep, stepCandidates } from '@/lib/newtab/steps';
import { CrisisLinesLink } from '../CrisisPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { Clock } from './Clock';
import { FeelingsGlance } from './FeelingsGlance';
import { Links, SettingsLink } from './Links';
import { Moment } from './Moment';
import { Reflection } from './Reflection';
import { SmallStep } from './SmallStep';
import { useVeil, Veil } from './Veil';

const WEEK = 7 * 86_400_000;

// Database code loads after the first render: the page mounts with its data already read.
const feelingsRepo = () => import('@/lib/db/feelings');
const stepsRepo = () => import('@/lib/db/steps');
const reflectionsRepo = () => import('@/lib/db/reflections');
const memoriesRepo = () => import('@/lib/db/memories');

/** Keys of steps done today, in the form `chooseStep` skips. */
function doneKeys(rows: readonly Step[]): string[] {
  return rows.map((s) => (s.custom === 1 ? `own:${s.id}` : `suggestion:${s.suggestionId ?? ''}`));
}

/**
 * The new-tab page: a prompt to write to, a moment, a small step, recent feelings. It mounts with
 * its data already read (entrypoints/newtab/app.tsx), so the first render shows it all at once.
 */
export function NewTab({ initial, opened }: { initial: NewTabData; opened: number }) {
  return (
    <div className="newtab">
      <header className="top">
        <Clock />
        <SettingsLink />
      </header>
      <Page initial={initial} opened={opened} />
    </div>
  );
}

function Page({ initial, opened }: { initial: NewTabData; opened: number }) {
  const detectCrisis = useCrisisCheck();
  const self = useMemo(() => crypto.randomUUID(), []);
  const writer = useMemo(() => draftWriter(), []);
  // Until the shared hook has read them, the settings read with the data (same values).
  const settings = useSettings() ?? initial.settings;

  // Kept fresh after the first render: a feeling named in the popup window shows up here.
  const since = glanceFrom(opened);
  const feelings = useLive(feelingsRepo, (m) => m.listFeelings({ from: since }), initial.feelings);
  const own = useLive(stepsRepo, (m) => m.listOwnSteps(), initial.own);
  const [draft, setDraft] = useState<Draft | undefined>(initial.draft);
  const [moment, setMoment] = useState<Memory | undefined>(initial.moment);

  useEffect(() => {
    const take = (incoming: Draft) => setDraft((prev) => mergeIncoming(prev, incoming));
    // The newest words win wherever they were typed; say so when they replace what this tab showed.
    const stop = watchDraft(self, (incoming) => {
      setDraft((prev) => {
        const next = mergeIncoming(prev, incoming);
        if (prev?.text && next.text !== prev.text && next.writer !== 'delete-all')
          setWriteStatus(t('newtab_draftFromOtherTab'));
        return next;
      });
    });
    // A write from another tab between the first read and this watch is not lost.
    loadDraft().then((d) => d && take(d), console.error);
    return stop;
  }, [self]);

  const kinds = useMemo(() => recentKinds(kindEntries(feelings, initial.rejections)), [feelings, initial]);

  // Prompt and step are settled when the page opens and move only when the person asks.
  // A draft brings back the prompt it answers, even from another day.
  const [promptSkip, setPromptSkip] = useState(0);
  const [current, setCurrent] = useState(() => {
    const d = initial.draft;
    if (d?.text && d.promptId) return { id: d.promptId, text: d.prompt };
    // A link can ask for one prompt (the closing reflection after a thought record).
    const asked = promptById(new URLSearchParams(location.search).get('prompt') ?? '');
    if (asked) return { id: asked.id, text: t(promptKey(asked.id)) };
    const p = choosePrompt({ now: opened, kinds, answered: initial.answered });
    return { id: p.id, text: t(promptKey(p.id)) };
  });
  const [stepSkip, setStepSkip] = useState(0);
  const [step, setStep] = useState(() =>
    chooseStep(stepCandidates(kinds, initial.own), { now: opened, doneToday: doneKeys(initial.doneToday) }),
  );

  const text = draft?.text ?? '';
  // Another tab's words come with their prompt.
  const prompt = draft?.text && draft.promptId ? { id: draft.promptId, text: draft.prompt } : current;

  const candidates = useMemo(() => stepCandidates(kinds, own), [kinds, own]);

  const veil = useVeil(settings.newtabVeil);
  const minimal = settings.newtabMinimal;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const stepRef = useRef<HTMLElement>(null);
  const [writeStatus, setWriteStatus] = useState('');
  const [momentNote, setMomentNote] = useState('');
  const shownMoments = useRef<string[]>([]);

  useReady(true);

  // A moment counts as read back only once it is actually on screen.
  const momentVisible = !minimal && !veil.covered && moment !== undefined;
  useEffect(() => {
    if (!momentVisible || !moment) return;
    if (!shownMoments.current.includes(moment.id)) shownMoments.current.push(moment.id);
    void import('@/lib/newtab/moment').then((m) => m.markMomentShown(moment.id));
  }, [momentVisible, moment]);

  // newtab.html#step (from the popup) goes straight to the small step; #journal (the "open my
  // journal" shortcut, asked for on purpose) lifts the veil and puts the cursor in the draft.
  const { reveal } = veil;
  const [journalAsked, setJournalAsked] = useState(false);
  // After the commit that shows the draft, so the field is there to focus.
  useEffect(() => {
    if (!journalAsked || veil.covered) return;
    textRef.current?.focus();
    setJournalAsked(false);
  }, [journalAsked, veil.covered]);
  useEffect(() => {
    if (minimal) return;
    const focusStep = () => {
      if (location.hash === '#step') stepRef.current?.focus();
      if (location.hash === '#journal') {
        reveal();
        setJournalAsked(true);
      }
    };
    focusStep();
    window.addEventListener('hashchange', focusStep);
    return () => window.removeEventListener('hashchange', focusStep);
  }, [minimal, reveal]);

  const onText = (value: string) => {
    const next: Draft = {
      promptId: prompt.id,
      prompt: prompt.text,
      text: value,
      updatedAt: Date.now(),
      writer: self,
    };
    setDraft(next);
    setWriteStatus('');
    void writer.save(next);
  };

  const save = async () => {
    if (!text.trim()) return;
    await (await reflectionsRepo()).addReflection({ promptId: prompt.id, prompt: prompt.text, text });
    const cleared = emptyDraft(self);
    setDraft(cleared);
    await writer.save(cleared);
    setWriteStatus(t('newtab_writeSaved'));
  };

  const anotherPrompt = async () => {
    const answered = await (await reflectionsRepo()).answeredSince(opened - WEEK);
    let skip = promptSkip + 1;
    // Always move to a different prompt, even when the cycle skips answered ones.
    for (let i = 0; i < 50 && choosePrompt({ now: opened, kinds, answered, skip }).id === prompt.id; i++)
      skip++;
    const p = choosePrompt({ now: opened, kinds, answered, skip });
    const next = { id: p.id, text: t(promptKey(p.id)) };
    setPromptSkip(skip);
    setCurrent(next);
    setWriteStatus('');
    if (draft?.text) {
      const moved: Draft = {
        ...draft,
        promptId: next.id,
        prompt: next.text,
        updatedAt: Date.now(),
        writer: self,
      };
      setDraft(moved);
      void writer.save(moved);
    }
  };

  const anotherStep = useCallback(async () => {
    const done = doneKeys(await (await stepsRepo()).doneBetween(dayRange(Date.now()).from));
    const shown = step && candidateKey(step);
    let skip = stepSkip + 1;
    let next = chooseStep(candidates, { now: opened, doneToday: done, skip });
    for (let i = 0; i < candidates.length && next && candidateKey(next) === shown; i++) {
      skip++;
      next = chooseStep(candidates, { now: opened, doneToday: done, skip });
    }
    setStepSkip(skip);
    setStep(next);
  }, [stepSkip, step, candidates, opened]);

  const nextMoment = async () => {
    setMomentNote('');
    const { chooseMoment } = await memoriesRepo();
    let next = await chooseMoment({ exclude: shownMoments.current, markShown: false });
    if (!next && moment) {
      // Every moment seen in this sitting: start again, from the one seen longest ago.
      shownMoments.current = [moment.id];
      next = await chooseMoment({ exclude: [moment.id], markShown: false });
    }
    if (next) setMoment(next);
    else setMomentNote(t('newtab_momentOnly'));
  };

  const crisis = !minimal && !veil.covered && detectCrisis(text);
  const focusWriting = useCallback(() => requestAnimationFrame(() => textRef.current?.focus()), []);

  return (
    <main className="page stack">
      <section className="prompt" aria-labelledby="prompt-label">
        <h1 id="prompt-label" className="prompt-label">
          {t('newtab_promptLabel')}
        </h1>
        <p className="prompt-text" data-testid="prompt">
          {prompt.text}
        </p>
        {!minimal && (
          <button type="button" className="link" onClick={anotherPrompt}>
            {t('newtab_promptAnother')}
          </button>
        )}
      </section>
      {!minimal && (
        <>
          <Veil veil={veil} onReveal={focusWriting}>
            <Reflection
              text={text}
              onText={onText}
              onSave={save}
              status={writeStatus}
              textRef={textRef}
              crisis={crisis}
            />
            <div className="cards">
              <ErrorBoundary>
                <Moment memory={moment ?? null} onNext={nextMoment} note={momentNote} />
              </ErrorBoundary>
              <ErrorBoundary>
                <FeelingsGlance feelings={feelings} now={opened} />
              </ErrorBoundary>
            </div>
          </Veil>
          <SmallStep step={step} own={own} onAnother={anotherStep} sectionRef={stepRef} />
          <Links />
          <CrisisLinesLink />
        </>
      )}
    </main>
  );
}
