import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { classifyEmail } from '@/lib/email/classify';
import weights from '@/lib/email/email-model.json';
import { type EmailModel, setEmailModel } from '@/lib/email/model';
import { messageKey, readOpenMessage } from '@/lib/email/webmail';
import { sendMessage } from '@/lib/messaging/client';
import { noteCss, renderNote } from './note';

// Registered at runtime only when the person turns email noticing on (lib/permissions), on the
// sites they granted; `matches: []` keeps WXT from adding hosts to the install permissions.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    setEmailModel(weights as EmailModel);
    const seen = new Set<string>();
    let ui: Awaited<ReturnType<typeof createShadowRootUi>> | undefined;

    // Read the open message once; the text stays in this page, only a key and company leave.
    const check = async () => {
      const message = readOpenMessage(document, location.href);
      if (!message || seen.has(message.id)) return;
      seen.add(message.id);
      const verdict = classifyEmail(message);
      if (!verdict.rejection) return;
      const key = await messageKey(location.host, message.id);
      const { created, who } = await sendMessage('email.noticed', { key, company: verdict.company });
      if (!created || ctx.isInvalid) return;
      ui?.remove();
      ui = await createShadowRootUi(ctx, {
        name: 'redirection-note',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: noteCss,
        onMount: (container) =>
          renderNote(container, who, {
            open: (page) => void sendMessage('open.page', { page }),
            notANo: () => void sendMessage('email.notANo', { key }),
            close: () => ui?.remove(),
          }),
      });
      ui.mount();
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check().catch(() => {}), 400);
    };
    const observer = new MutationObserver(soon);
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', soon);
    soon();
  },
});
