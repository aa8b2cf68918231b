import type { RejectionKind, Tables } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { feelingLabel } from '../feelingLabel';
import { kindLabel } from '../KindSelect';

/** What the history lists; the inner file has its own section above. */
export const HISTORY_TABLES = ['feelings', 'thoughts', 'reflections', 'rejections', 'steps'] as const;
export type HistoryTable = (typeof HISTORY_TABLES)[number];

/** The text fields a person can edit in each kind of record. */
export const EDITABLE: { [K in HistoryTable]: (keyof Tables[K] & string)[] } = {
  feelings: ['note'],
  thoughts: ['text', 'reframe'],
  reflections: ['text'],
  rejections: ['who'],
  steps: ['text'],
};

export type AnyRow = Tables[HistoryTable];

/** The lines a record shows when it isn't being edited; empty lines are left out by the caller. */
export function summary(table: HistoryTable, row: AnyRow): string[] {
  const r = row as unknown as Record<string, unknown>;
  const kind = typeof r.kind === 'string' ? kindLabel(r.kind as RejectionKind) : '';
  switch (table) {
    case 'feelings': {
      const f = row as Tables['feelings'];
      return [
        [f.words.map(feelingLabel).join(', '), f.intensity !== undefined ? `${f.intensity}/10` : '', kind]
          .filter(Boolean)
          .join(' · '),
        f.note ?? '',
      ];
    }
    case 'thoughts': {
      const th = row as Tables['thoughts'];
      return [th.text, th.reframe ? `→ ${th.reframe}` : '', kind];
    }
    case 'reflections': {
      const re = row as Tables['reflections'];
      return [re.prompt, re.text];
    }
    case 'rejections': {
      const rj = row as Tables['rejections'];
      return [[kind, rj.who].filter(Boolean).join(' · ')];
    }
    case 'steps': {
      const st = row as Tables['steps'];
      return [st.text, st.doneAt ? t('options_stepDone') : ''];
    }
  }
}

/** A rejection is dated by when the no came, the rest by when they were written. */
export const when = (table: HistoryTable, row: AnyRow) =>
  table === 'rejections' ? (row as Tables['rejections']).at : row.createdAt;
