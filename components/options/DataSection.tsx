import { useId, useRef, useState } from 'react';
import { feelingsCsv, reflectionsCsv } from '@/lib/backup/csv';
import { backupFileName, exportEncrypted, exportJson, readAll } from '@/lib/backup/export';
import {
  applyImport,
  ImportError,
  MAX_BYTES,
  type MergePlan,
  type ParsedBackup,
  parseBackup,
  previewImport,
  settingsAfterImport,
} from '@/lib/backup/import';
import { toMarkdown } from '@/lib/backup/markdown';
import { db } from '@/lib/db/db';
import { type Counts, countAll, deleteAll } from '@/lib/db/records';
import { TABLE_NAMES } from '@/lib/db/types';
import { keyFor, type MessageKey, t } from '@/lib/i18n';
import { getSettings, updateSettings } from '@/lib/settings';
import { feelingLabel } from '../feelingLabel';
import { countLabel, download, formatNumber, memoryKindLabel } from './format';

const tableLabel = (name: string) => t(keyFor('options_table', name));

/** "12 feelings, 3 moments…" for the counts that are not zero. */
function describeCounts(counts: Partial<Counts>): string {
  return TABLE_NAMES.filter((n) => (counts[n] ?? 0) > 0)
    .map((n) => countLabel(n, counts[n] ?? 0))
    .join(', ');
}

export function importErrorMessage(e: unknown): string {
  if (e instanceof ImportError) {
    const text = t(`backup_error_${e.code}` as MessageKey, String(Math.round(MAX_BYTES / 1024 / 1024)));
    return e.where ? `${text} ${t('backup_errorWhere', e.where)}` : text;
  }
  return t('backup_error_unknown');
}

/** Export, import and delete: the person owns their data and can take it anywhere. */
export default function DataSection() {
  return (
    <div className="stack">
      <ExportPanel />
      <ImportPanel />
      <DeleteAllPanel />
    </div>
  );
}

function ExportPanel() {
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    setStatus(t('backup_working'));
    try {
      await work();
      setStatus(t('backup_exported'));
    } catch {
      setStatus('');
      setError(t('backup_exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  const now = Date.now();

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup_exportTitle')}</h3>
      <p>{t('backup_exportIntro')}</p>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            run(async () => download(backupFileName(now, 'json'), await exportJson(await getSettings())))
          }
        >
          {t('backup_exportJson')}
        </button>
      </div>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (pass.length < 8) return setError(t('backup_passTooShort'));
          if (pass !== again) return setError(t('backup_passMismatch'));
          void run(async () => {
            download(backupFileName(now, 'encrypted'), await exportEncrypted(pass, await getSettings()));
            setPass('');
            setAgain('');
          });
        }}
      >
        <p className="muted small">{t('backup_encryptIntro')}</p>
        <div className="form-grid">
          <div>
            <label htmlFor={`${id}-pass`}>{t('backup_passphrase')}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={pass}
              onChange={(e) => setPass(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-again`}>{t('backup_passphraseAgain')}</label>
            <input
              id={`${id}-again`}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </div>
        </div>
        <div className="row">
          <button type="submit" disabled={busy}>
            {t('backup_exportEncrypted')}
          </button>
        </div>
      </form>
      <p className="muted small">{t('backup_otherFormats')}</p>
      <div className="row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () =>
              download(
                backupFileName(now, 'feelings.csv'),
                feelingsCsv(await db().feelings.toArray(), feelingLabel),
                'text/csv',
              ),
            )
          }
        >
          {t('backup_feelingsCsv')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () =>
              download(
                backupFileName(now, 'reflections.csv'),
                reflectionsCsv(await db().reflections.toArray()),
                'text/csv',
              ),
            )
          }
        >
          {t('backup_reflectionsCsv')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const all = await readAll();
              download(
                backupFileName(now, 'journal.md'),
                toMarkdown(all, {
                  title: t('backup_mdTitle'),
                  innerFile: t('options_innerFileTitle'),
                  journal: t('backup_mdJournal'),
                  thoughts: t('options_table_thoughts'),
                  kind: (k) => memoryKindLabel(k as never),
                  people: t('options_momentPeople'),
                  tags: t('options_momentTags'),
                  pinned: t('options_pinnedBadge'),
                  friendView: t('backup_mdFriend'),
                  reframe: t('backup_mdReframe'),
                  evidenceFor: t('backup_mdFor'),
                  evidenceAgainst: t('backup_mdAgainst'),
                }),
                'text/markdown',
              );
            })
          }
        >
          {t('backup_markdown')}
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

type Step =
  | { at: 'choose' }
  | { at: 'passphrase'; text: string; name: string }
  | { at: 'preview'; parsed: ParsedBackup; plan: MergePlan; name: string }
  | { at: 'done'; plan: MergePlan };

function ImportPanel() {
  const id = useId();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [pass, setPass] = useState('');
  const [withSettings, setWithSettings] = useState(true);
  const fileRef = useRef<HTMLInputElement>(null);

  const check = async (text: string, name: string, passphrase?: string) => {
    setBusy(true);
    setError('');
    try {
      const parsed = await parseBackup(text, passphrase);
      setStep({ at: 'preview', parsed, plan: await previewImport(parsed.data), name });
    } catch (e) {
      // A locked file: ask for its passphrase, then check it again.
      if (e instanceof ImportError && e.code === 'needPassphrase')
        return setStep({ at: 'passphrase', text, name });
      setError(importErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    setError('');
    setPass('');
    if (!file) return;
    // Checked before reading, so a huge file never fills the page's memory.
    if (file.size > MAX_BYTES) {
      setStep({ at: 'choose' });
      return setError(importErrorMessage(new ImportError('tooBig')));
    }
    await check(await file.text(), file.name);
  };

  const reset = () => {
    setStep({ at: 'choose' });
    setPass('');
    if (fileRef.current) fileRef.current.value = '';
  };

  const confirm = async () => {
    if (step.at !== 'preview') return;
    setBusy(true);
    setError('');
    try {
      const plan = await applyImport(step.parsed.data);
      if (withSettings && step.parsed.settings) {
        await updateSettings(settingsAfterImport(await getSettings(), step.parsed.settings));
      }
      setStep({ at: 'done', plan });
      if (fileRef.current) fileRef.current.value = '';
    } catch {
      setError(t('backup_error_write'));
    } finally {
      setBusy(false);
    }
  };

  const sum = (plan: MergePlan, key: 'added' | 'updated' | 'existing') =>
    Object.fromEntries(TABLE_NAMES.map((n) => [n, plan[n][key]])) as Counts;

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup_importTitle')}</h3>
      <p>{t('backup_importIntro')}</p>
      <div>
        <label htmlFor={`${id}-file`}>{t('backup_chooseFile')}</label>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {step.at === 'passphrase' && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void check(step.text, step.name, pass);
          }}
        >
          <p>{t('backup_encryptedFile')}</p>
          <div>
            <label htmlFor={`${id}-pass`}>{t('backup_passphrase')}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="current-password"
              value={pass}
              onChange={(e) => setPass(e.target.value)}
            />
          </div>
          <div className="row">
            <button type="submit" className="primary" disabled={busy || !pass}>
              {busy ? t('backup_opening') : t('backup_open')}
            </button>
            <button type="button" onClick={reset}>
              {t('common_cancel')}
            </button>
          </div>
        </form>
      )}
      {step.at === 'preview' && (
        <div className="stack" data-testid="import-preview">
          <p>{t('backup_previewIntro', step.name)}</p>
          <table className="data-table">
            <caption className="visually-hidden">{t('backup_previewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup_colWhat')}</th>
                <th scope="col">{t('backup_colNew')}</th>
                <th scope="col">{t('backup_colNewer')}</th>
                <th scope="col">{t('backup_colHere')}</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_NAMES.map((n) => (
                <tr key={n}>
                  <th scope="row">{tableLabel(n)}</th>
                  <td>{formatNumber(step.plan[n].added)}</td>
                  <td>{formatNumber(step.plan[n].updated)}</td>
                  <td>{formatNumber(step.plan[n].existing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('backup_mergeNote')}</p>
          {step.parsed.settings && (
            <label className="check">
              <input
                type="checkbox"
                checked={withSettings}
                onChange={(e) => setWithSettings(e.target.checked)}
              />{' '}
              {t('backup_useSettings')}
            </label>
          )}
          {step.parsed.settings && withSettings && (
            <p className="muted small">{t('backup_settingsPermissions')}</p>
          )}
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={confirm}>
              {t('backup_importConfirm')}
            </button>
            <button type="button" onClick={reset}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {step.at === 'done' && (
          <p data-testid="import-done">
            {t('backup_imported', [
              describeCounts(sum(step.plan, 'added')) || t('backup_nothingNew'),
              formatNumber(TABLE_NAMES.reduce((n, k) => n + step.plan[k].updated, 0)),
            ])}
          </p>
        )}
      </div>
      {busy && step.at !== 'passphrase' && (
        <p className="muted" aria-live="polite">
          {step.at === 'preview' ? t('backup_importing') : t('backup_checking')}
        </p>
      )}
      {error && (
        <p role="alert" className="error" data-testid="import-error">
          {error} {t('backup_nothingChanged')}
        </p>
      )}
    </section>
  );
}

function DeleteAllPanel() {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [counts, setCounts] = useState<Counts>();
  const [status, setStatus] = useState('');
  const open = async () => {
    setCounts(await countAll());
    ref.current?.showModal();
  };
  const described = counts ? describeCounts(counts) : '';
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup_deleteTitle')}</h3>
      <p>{t('backup_deleteIntro')}</p>
      <div className="row">
        <button type="button" className="danger" onClick={open}>
          {t('backup_deleteAll')}
        </button>
      </div>
      <p role="status">{status}</p>
      <dialog ref={ref} aria-labelledby={`${id}-confirm`} className="confirm">
        <h2 id={`${id}-confirm`}>{t('backup_deleteConfirmTitle')}</h2>
        {described ? (
          <>
            <p data-testid="delete-what">{t('backup_deleteWhat', described)}</p>
            <p>{t('backup_deleteKeeps')}</p>
            <p>
              <strong>{t('backup_deleteCannotUndo')}</strong>
            </p>
          </>
        ) : (
          <p>{t('backup_deleteNothing')}</p>
        )}
        <div className="row">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('backup_keepEverything')}
          </button>
          {described && (
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await deleteAll();
                ref.current?.close();
                setStatus(t('backup_deleted'));
              }}
            >
              {t('backup_deleteConfirm')}
            </button>
          )}
        </div>
      </dialog>
    </section>
  );
}
