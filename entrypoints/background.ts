import { browser } from 'wxt/browser';
import { setupCheckIn } from '@/lib/background/checkin';
import { setupCommands } from '@/lib/background/commands';
import { jobsHandlers, setupJobs } from '@/lib/background/jobs';
import { setupMenus } from '@/lib/background/menus';
import { setupWelcome } from '@/lib/background/welcome';
import { createMessageListener } from '@/lib/messaging/server';

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
});
