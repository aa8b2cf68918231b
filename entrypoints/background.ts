import { browser } from 'wxt/browser';
import { createMessageListener } from '@/lib/messaging/server';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ ok: true }),
    }),
  );
});
