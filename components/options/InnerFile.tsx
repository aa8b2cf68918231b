import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useReady } from '@/components/hooks/settings';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import {
  addMemory,
  allMoments,
  deleteMemory,
  latestMemories,
  type MemoryQuery,
  restoreMemory,
  searchMemories,
  setPinned,
  tagCounts,
  updateMemory,
  warmSearch,
} from '@/lib/db/memories';
import { readTogether } from '@/lib/db/records';
import type { Memory, MemoryKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { CrisisPanel } from '../CrisisPanel';
import { ALL_MEMORY_KINDS, formatNumber, memoryKindLabel } from './format';
import { MomentCard } from './MomentCard';
import { MomentForm } from './MomentForm';
import { ReadOne } from './ReadOne';
import { STARTERS } from './starters';

const PAGE = 20;

/** The inner file: keep a moment in seconds, find it again, read one back when it's needed. */
export function InnerFile({ settingsLoaded }: { settingsLoaded: boolean }) {
  const detectCrisis = useCrisisCheck();
  const id = useId();
  // The first page comes through the date index at once; the whole file follows for search.
  // Only shown until the whole file is in (below), so a passing optimistic emit can't mislead.
  const first = useLiveQuery(() => latestMemories(PAGE), []);
  // Starts once the first page is in, so it doesn't hold up the first paint.
  const firstIn = first !== undefined;
  const all = useLiveQuery(() => (firstIn ? readTogether(['memories'], allMoments) : undefined), [firstIn]);
  useReady(settingsLoaded && first !== undefined);

  const [text, setText] = useState('');
  const [kind, setKind] = useState<MemoryKind | ''>('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<MemoryQuery['sort']>('date');
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string>();
  const [starter, setStarter] = useState<(typeof STARTERS)[number]>();
  // A new form only when a starter is picked (to take its kinds), never under the person's typing.
  const [formKey, setFormKey] = useState(0);
  const [undo, setUndo] = useState<Memory>();
  const [status, setStatus] = useState('');
  const [reading, setReading] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // options.html#add-moment (the welcome's first step) puts the cursor in the add form.
  useEffect(() => {
    const focusAdd = () => {
      if (location.hash !== '#add-moment') return;
      textRef.current?.scrollIntoView({ block: 'center' });
      textRef.current?.focus();
    };
    focusAdd();
    window.addEventListener('hashchange', focusAdd);
    return () => window.removeEventListener('hashchange', focusAdd);
  }, []);

  const query = useDeferredValue(text);
  const filtering = query.trim() !== '' || kind !== '' || tag !== '';
  const results = useMemo(() => {
    if (!all) return first ?? [];
    return searchMemories(all, { text: query, kinds: kind ? [kind] : [], tag, sort });
  }, [all, first, query, kind, tag, sort]);
  useEffect(() => {
    if (!all) return;
    const idle = requestIdleCallback(() => warmSearch(all), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [all]);
  const tags = useMemo(() => (all ? tagCounts(all) : []), [all]);
  const total = all?.length ?? 0;
  const empty = all !== undefined && all.length === 0;

  const save = async (draft: Parameters<typeof addMemory>[0]) => {
    await addMemory(draft);
    setStarter(undefined);
    setUndo(undefined);
    setStatus(t('options_momentKept'));
  };

  const remove = async (m: Memory) => {
    const row = await deleteMemory(m.id);
    setUndo(row);
    setStatus(t('options_momentDeleted'));
    // The card (and its focused button) is gone: keep the keyboard close, on Undo.
    requestAnimationFrame(() => undoRef.current?.focus());
  };

  const restore = async () => {
    if (!undo) return;
    await restoreMemory(undo);
    setUndo(undefined);
    setStatus(t('options_momentRestored'));
  };

  const visible = results.slice(0, shown);
  return (
    <div className="stack">
      {!empty && (
        <div className="row">
          <button type="button" className="primary read-button" onClick={() => setReading(true)}>
            {t('options_readOne')}
          </button>
          <span className="muted">{t('options_readOneHint')}</span>
        </div>
      )}
      {reading && <ReadOne onClose={() => setReading(false)} />}
      <div className="card stack">
        <h3>{t('options_addTitle')}</h3>
        {empty && (
          <div className="starters">
            <p>{t('options_emptyIntro')}</p>
            <ul className="row starters-list" aria-label={t('options_startersLabel')}>
              {STARTERS.map((s) => (
                <li key={s.key}>
                  <button
                    type="button"
                    className="chip-button"
                    aria-pressed={starter?.key === s.key}
                    onClick={() => {
                      setStarter(s);
                      setFormKey((k) => k + 1);
                      requestAnimationFrame(() => textRef.current?.focus());
                    }}
                  >
                    {t(s.key)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <MomentForm
          key={formKey}
          textRef={textRef}
          prompt={starter && { text: t(starter.key), kinds: starter.kinds }}
          onSave={save}
        />
      </div>

      <div className="row status-row" role="status">
        {status && <span>{status}</span>}
        {undo && (
          <button type="button" className="link" ref={undoRef} onClick={restore}>
            {t('common_undo')}
          </button>
        )}
      </div>

      {!empty && detectCrisis(text) && <CrisisPanel />}
      {!empty && (
        <search className="filters" aria-label={t('options_findLabel')}>
          <div className="grow">
            <label htmlFor={`${id}-q`}>{t('options_search')}</label>
            <input
              id={`${id}-q`}
              type="search"
              value={text}
              placeholder={t('options_searchPlaceholder')}
              onChange={(e) => {
                setText(e.target.value);
                setShown(PAGE);
              }}
            />
          </div>
          <div>
            <label htmlFor={`${id}-kind`}>{t('options_filterKind')}</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.target.value as MemoryKind | '')}
            >
              <option value="">{t('options_filterAny')}</option>
              {ALL_MEMORY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {memoryKindLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-tag`}>{t('options_filterTag')}</label>
            <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">{t('options_filterAny')}</option>
              {tags.slice(0, 200).map(([name, n]) => (
                <option key={name} value={name}>
                  {name} ({n})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-sort`}>{t('options_sort')}</label>
            <select
              id={`${id}-sort`}
              value={sort}
              onChange={(e) => setSort(e.target.value as MemoryQuery['sort'])}
            >
              <option value="date">{t('options_sortDate')}</option>
              <option value="pinned">{t('options_sortPinned')}</option>
            </select>
          </div>
        </search>
      )}

      {!empty && (
        <p className="muted" aria-live="polite" data-testid="moment-count">
          {all === undefined
            ? t('common_loading')
            : filtering
              ? t('options_found', [formatNumber(results.length), formatNumber(total)])
              : total === 1
                ? t('options_totalOne')
                : t('options_total', formatNumber(total))}
        </p>
      )}

      <ul className="moments" aria-label={t('options_momentsLabel')}>
        {visible.map((m) => (
          <li key={m.id}>
            {editing === m.id ? (
              <div className="card">
                <MomentForm
                  initial={m}
                  onCancel={() => setEditing(undefined)}
                  onSave={async (draft) => {
                    await updateMemory(m.id, draft);
                    setEditing(undefined);
                    setStatus(t('options_momentSaved'));
                  }}
                />
              </div>
            ) : (
              <MomentCard
                memory={m}
                onEdit={() => setEditing(m.id)}
                onPin={() => setPinned(m.id, m.pinned !== 1)}
                onDelete={() => remove(m)}
              />
            )}
          </li>
        ))}
      </ul>
      {results.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE * 2)}>
          {t('options_showMore', formatNumber(results.length - shown))}
        </button>
      )}
    </div>
  );
}
