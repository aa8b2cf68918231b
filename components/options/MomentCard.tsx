import type { Memory } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { formatDay, memoryKindLabel } from './format';

interface Props {
  memory: Memory;
  onEdit: () => void;
  onPin: () => void;
  onDelete: () => void;
}

export function MomentCard({ memory: m, onEdit, onPin, onDelete }: Props) {
  const title = m.text.length > 60 ? `${m.text.slice(0, 57)}…` : m.text;
  return (
    <article className="card moment" aria-label={title} data-testid="moment">
      <p className="moment-meta muted">
        <time dateTime={new Date(m.date).toISOString()}>{formatDay(m.date)}</time>
        {m.kinds.map((k) => (
          <span key={k} className="chip">
            {memoryKindLabel(k)}
          </span>
        ))}
        {m.pinned === 1 && <span className="chip pinned">{t('options_pinnedBadge')}</span>}
      </p>
      <p className="moment-text">{m.text}</p>
      {(m.people.length > 0 || m.tags.length > 0) && (
        <p className="muted small">
          {m.people.length > 0 && (
            <span>
              {t('options_withPeople')} {m.people.join(', ')}
            </span>
          )}
          {m.people.length > 0 && m.tags.length > 0 && ' · '}
          {m.tags.length > 0 && <span>{m.tags.map((tag) => `#${tag}`).join(' ')}</span>}
        </p>
      )}
      <div className="row">
        <button type="button" className="small-button" aria-pressed={m.pinned === 1} onClick={onPin}>
          {t('options_pin')}
        </button>
        <button type="button" className="small-button" onClick={onEdit}>
          {t('options_edit')}
        </button>
        <button type="button" className="small-button" onClick={onDelete}>
          {t('common_delete')}
        </button>
      </div>
    </article>
  );
}
