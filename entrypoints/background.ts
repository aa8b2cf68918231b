import { browser } from 'wxt/browser';
import { jobsHandlers, setupJobs } from '@/lib/background/jobs';
import { createMessageListener } from '@/lib/messaging/server';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ ok: true }),
      ...jobsHandlers,
    }),
  );
  setupJobs();
});
