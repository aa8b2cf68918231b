import { useId, useState } from 'react';
import { feelingsCsv, reflectionsCsv } from '@/lib/backup/csv';
import { backupFileName, exportEncrypted, exportJson, readAll } from '@/lib/backup/export';
import { toMarkdown } from '@/lib/backup/markdown';
import { allFeelings } from '@/lib/db/feelings';
import { allReflections } from '@/lib/db/reflections';
import { t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { feelingLabel } from '../../feelingLabel';
import { download, memoryKindLabel } from '../format';
import { Field } from './Field';

/** The two tables that read well as a spreadsheet. */
const CSV_EXPORTS = [
  {
    label: 'backup_feelingsCsv',
    name: 'feelings.csv',
    make: async () => feelingsCsv(await allFeelings(), feelingLabel),
  },
  {
    label: 'backup_reflectionsCsv',
    name: 'reflections.csv',
    make: async () => reflectionsCsv(await allReflections()),
  },
] as const;

/** Backups (plain and locked) and the readable formats. */
export function ExportPanel() {
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
          <Field
            label={t('backup_passphrase')}
            type="password"
            autoComplete="new-password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
          />
          <Field
            label={t('backup_passphraseAgain')}
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </div>
        <div className="row">
          <button type="submit" disabled={busy}>
            {t('backup_exportEncrypted')}
          </button>
        </div>
      </form>
      <p className="muted small">{t('backup_otherFormats')}</p>
      <div className="row">
        {CSV_EXPORTS.map(({ label, name, make }) => (
          <button
            key={name}
            type="button"
            disabled={busy}
            onClick={() => run(async () => download(backupFileName(now, name), await make(), 'text/csv'))}
          >
            {t(label)}
          </button>
        ))}
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
