import type { Dispatch } from 'react';
import { CrisisPanel } from '@/components/CrisisPanel';
import { useLimit } from '@/components/hooks/useLimit';
import type { Lang } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import { friendView } from '@/lib/reframe/friend-view';
import type { RecordAction } from '@/lib/reframe/record-state';

/** Step 4: the thought as a friend might say it, and what the person would answer them. */
export function FriendStep({
  text,
  friendAnswer,
  crisis,
  lang,
  dispatch,
}: {
  text: string;
  friendAnswer: string;
  crisis: boolean;
  lang: Lang;
  dispatch: Dispatch<RecordAction>;
}) {
  const friendLimit = useLimit('thought', (text) => dispatch({ type: 'setFriendAnswer', text }));
  return (
    <section aria-labelledby="s4" className="step">
      <h2 id="s4">{t('reframe_friendTitle')}</h2>
      <p className="muted">{t('reframe_friendIntro')}</p>
      <blockquote className="quote friend" data-testid="friend-view">
        {text.trim() ? friendView(text) : '…'}
      </blockquote>
      <label htmlFor="friend-answer">{t('reframe_friendAsk')}</label>
      <textarea id="friend-answer" rows={3} value={friendAnswer} {...friendLimit.field} />
      {friendLimit.note}
      {crisis && <CrisisPanel lang={lang} />}
    </section>
  );
}
