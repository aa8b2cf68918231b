import { useId, useRef, useState } from 'react';
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
import type { Counts } from '@/lib/db/records';
import { TABLE_NAMES } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { getSettings, updateSettings } from '@/lib/settings';
import { formatNumber } from '../format';
import { describeCounts, importErrorMessage, tableLabel } from './describe';
import { Field } from './Field';

type Step =
  | { at: 'choose' }
  | { at: 'passphrase'; text: string; name: string }
  | { at: 'preview'; parsed: ParsedBackup; plan: MergePlan; name: string }
  | { at: 'done'; plan: MergePlan };

/** A backup file checked whole, previewed, then merged in one step. */
export function ImportPanel() {
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
      <Field
        label={t('backup_chooseFile')}
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        data-testid="import-file"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {step.at === 'passphrase' && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void check(step.text, step.name, pass);
          }}
        >
          <p>{t('backup_encryptedFile')}</p>
          <Field
            label={t('backup_passphrase')}
            type="password"
            autoComplete="current-password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
          />
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
