import { browser } from 'wxt/browser';
import { setupCheckIn } from '@/lib/checkin/background';
import { setupCommands } from '@/lib/commands/background';
import { jobsHandlers, setupJobs } from '@/lib/jobboard/background';
import { setupMenus } from '@/lib/menus/background';
import { createMessageListener } from '@/lib/messaging/server';
import { exposeTestHooks } from '@/lib/test-hooks';
import { setupWelcome } from '@/lib/welcome/background';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ ok: true }),
      ...jobsHandlers,
    }),
  );
  setupMenus();
  setupCheckIn();
  setupCommands();
  setupJobs();
  setupWelcome();
  // A build-time constant: false in the shipped build, which then has no hooks at all.
  if (import.meta.env.REDIRECTION_TEST_HOOKS) exposeTestHooks();
});
