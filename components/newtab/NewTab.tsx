import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dayRange, listFeelings } from '@/lib/db/feelings';
import { chooseMoment } from '@/lib/db/memories';
import { addReflection, answeredSince } from '@/lib/db/reflections';
import { doneBetween, listOwnSteps } from '@/lib/db/steps';
import type { Memory } from '@/lib/db/types';
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
import { markMomentShown } from '@/lib/newtab/moment';
import { choosePrompt, promptKey, recentKinds } from '@/lib/newtab/prompts';
import { kindEntries, rejectionsSince } from '@/lib/newtab/recent';
import { candidateKey, chooseStep, stepCandidates } from '@/lib/newtab/steps';
import { detectCrisis } from '@/lib/safety/crisis';
import { CrisisPanel } from '../CrisisPanel';
import { useReady, useSettings } from '../hooks';
import { Clock } from './Clock';
import { FeelingsGlance } from './FeelingsGlance';
import { Links, SettingsLink } from './Links';
import { Moment } from './Moment';
import { Reflection } from './Reflection';
import { SmallStep } from './SmallStep';
import { useVeil, Veil } from './Veil';

const WEEK = 7 * 86_400_000;

/** Keys of steps done today, in the form `chooseStep` skips. */
function doneKeys(rows: { id: string; custom: 0 | 1; suggestionId?: string }[]): string[] {
  return rows.map((s) => (s.custom === 1 ? `own:${s.id}` : `suggestion:${s.suggestionId ?? ''}`));
}

/** The new-tab page: a prompt to write to, a moment, a small step, recent feelings. */
export function NewTab() {
  // The page's "now" is when it opened: the prompt of the day doesn't change under the person.
  const [opened] = useState(() => Date.now());
  const self = useMemo(() => crypto.randomUUID(), []);
  const writer = useMemo(() => draftWriter(), []);
  const settings = useSettings();

  // Read only what is shown, each through an index: 30 days of feelings and rejections,
  // a week of reflections, the person's own steps, today's done steps, one moment.
  const since = glanceFrom(opened);
  const feelings = useLiveQuery(() => listFeelings({ from: since }), [since]);
  const rejections = useLiveQuery(() => rejectionsSince(since), [since]);
  const answered = useLiveQuery(() => answeredSince(opened - WEEK), [opened]);
  const own = useLiveQuery(() => listOwnSteps(), []);
  const doneToday = useLiveQuery(() => doneBetween(dayRange(opened).from), [opened]);
  const [draft, setDraft] = useState<Draft | undefined | null>(null);
  const [moment, setMoment] = useState<Memory | null>();

  useEffect(() => {
    let live = true;
    loadDraft().then(
      (d) => live && setDraft((prev) => (prev === null ? d : prev)),
      () => live && setDraft(undefined),
    );
    const stop = watchDraft(self, (incoming) =>
      setDraft((prev) => mergeIncoming(prev ?? undefined, incoming)),
    );
    chooseMoment({ markShown: false, now: opened }).then((m) => live && setMoment(m ?? null));
    return () => {
      live = false;
      stop();
    };
  }, [self, opened]);

  const loaded =
    settings !== undefined &&
    draft !== null &&
    feelings !== undefined &&
    rejections !== undefined &&
    answered !== undefined &&
    own !== undefined &&
    doneToday !== undefined &&
    moment !== undefined;

  const kinds = useMemo(
    () => (feelings && rejections ? recentKinds(kindEntries(feelings, rejections)) : []),
    [feelings, rejections],
  );

  // Prompt and step are settled when the page opens and move only when the person asks.
  const [promptBasis, setPromptBasis] = useState<{ answered: string[]; skip: number }>();
  const [stepBasis, setStepBasis] = useState<{ done: string[]; skip: number }>();
  if (loaded && !promptBasis) setPromptBasis({ answered, skip: 0 });
  if (loaded && !stepBasis) setStepBasis({ done: doneKeys(doneToday), skip: 0 });

  const chosenPrompt = promptBasis && choosePrompt({ now: opened, kinds, ...promptBasis });
  const text = draft?.text ?? '';
  const prompt =
    draft?.text && draft.promptId
      ? { id: draft.promptId, text: draft.prompt }
      : chosenPrompt && { id: chosenPrompt.id, text: t(promptKey(chosenPrompt.id)) };

  const candidates = useMemo(() => stepCandidates(kinds, own ?? []), [kinds, own]);
  const step =
    stepBasis && chooseStep(candidates, { now: opened, doneToday: stepBasis.done, skip: stepBasis.skip });

  const veil = useVeil(settings?.newtabVeil ?? true);
  const minimal = settings?.newtabMinimal ?? false;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const stepRef = useRef<HTMLElement>(null);
  const [writeStatus, setWriteStatus] = useState('');
  const [momentNote, setMomentNote] = useState('');
  const shownMoments = useRef<string[]>([]);

  useReady(loaded);

  // A moment counts as read back only once it is actually on screen.
  const momentVisible = loaded && !minimal && !veil.covered && moment;
  useEffect(() => {
    if (!momentVisible || !moment) return;
    if (!shownMoments.current.includes(moment.id)) shownMoments.current.push(moment.id);
    void markMomentShown(moment.id);
  }, [momentVisible, moment]);

  // newtab.html#step (from the popup) goes straight to the small step.
  useEffect(() => {
    if (!loaded || minimal) return;
    const focusStep = () => {
      if (location.hash === '#step') stepRef.current?.focus();
    };
    focusStep();
    window.addEventListener('hashchange', focusStep);
    return () => window.removeEventListener('hashchange', focusStep);
  }, [loaded, minimal]);

  const onText = (value: string) => {
    if (!prompt) return;
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
    if (!prompt || !text.trim()) return;
    await addReflection({ promptId: prompt.id, prompt: prompt.text, text });
    const cleared = emptyDraft(self);
    setDraft(cleared);
    await writer.save(cleared);
    setWriteStatus(t('newtab_writeSaved'));
  };

  const anotherPrompt = () => {
    if (!promptBasis || !prompt) return;
    let skip = promptBasis.skip + 1;
    const basis = answered ?? promptBasis.answered;
    // Always move to a different prompt, even when the cycle skips answered ones.
    for (
      let i = 0;
      i < 50 && choosePrompt({ now: opened, kinds, answered: basis, skip }).id === prompt.id;
      i++
    )
      skip++;
    setPromptBasis({ answered: basis, skip });
    setWriteStatus('');
    if (draft?.text) {
      const p = choosePrompt({ now: opened, kinds, answered: basis, skip });
      const next: Draft = {
        ...draft,
        promptId: p.id,
        prompt: t(promptKey(p.id)),
        updatedAt: Date.now(),
        writer: self,
      };
      setDraft(next);
      void writer.save(next);
    }
  };

  const anotherStep = useCallback(() => {
    if (!stepBasis) return;
    const done = doneToday ? doneKeys(doneToday) : stepBasis.done;
    const current = step && candidateKey(step);
    let skip = stepBasis.skip + 1;
    for (let i = 0; i < candidates.length; i++) {
      const c = chooseStep(candidates, { now: opened, doneToday: done, skip });
      if (!c || candidateKey(c) !== current) break;
      skip++;
    }
    setStepBasis({ done, skip });
  }, [stepBasis, doneToday, step, candidates, opened]);

  const nextMoment = async () => {
    setMomentNote('');
    let next = await chooseMoment({ exclude: shownMoments.current, markShown: false });
    if (!next && moment) {
      // Every moment seen in this sitting: start again, from the one seen longest ago.
      shownMoments.current = [moment.id];
      next = await chooseMoment({ exclude: [moment.id], markShown: false });
    }
    if (next) setMoment(next);
    else setMomentNote(t('newtab_momentOnly'));
  };

  const crisis = !veil.covered && detectCrisis(text);

  return (
    <div className="newtab">
      <header className="top">
        <Clock />
        <SettingsLink />
      </header>
      <main className="page stack">
        {crisis && <CrisisPanel />}
        {loaded && prompt && (
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
        )}
        {loaded && !minimal && (
          <>
            <Veil veil={veil} onReveal={() => requestAnimationFrame(() => textRef.current?.focus())}>
              <Reflection text={text} onText={onText} onSave={save} status={writeStatus} textRef={textRef} />
              <div className="cards">
                <Moment memory={moment ?? null} onNext={nextMoment} note={momentNote} />
                <FeelingsGlance feelings={feelings} now={opened} />
              </div>
            </Veil>
            <SmallStep step={step} own={own} onAnother={anotherStep} sectionRef={stepRef} />
            <Links />
          </>
        )}
      </main>
    </div>
  );
}
