import { createRoot } from 'react-dom/client';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '@/lib/messaging/client';
import css from './card.css?inline';
import { type CardAction, JobCard } from './JobCard';

/** Brings the card into the page, in its own shadow root, without moving focus. */
export async function showCard(): Promise<void> {
  const data = await sendMessage('jobboard.card', {});
  if (!data) return;
  const ctx = new ContentScriptContext('job-board-card');
  const host = location.host;
  const ui = await createShadowRootUi(ctx, {
    name: 'redirection-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount(container) {
      const root = createRoot(container);
      const onAction = (action: CardAction) => {
        if (action === 'feel') void sendMessage('open.page', { page: 'popup' });
        else if (action === 'step') void sendMessage('open.page', { page: 'step' });
        else void sendMessage('jobboard.choice', { choice: action, host });
        ui.remove();
      };
      root.render(<JobCard data={data} onAction={onAction} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
