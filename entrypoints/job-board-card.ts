import { showCard } from '@/components/jobs/showCard';

// Injected by the background (scripting.executeScript) only when a card is due, so React is
// never loaded on a job board otherwise. Once per page.
export default defineUnlistedScript(() => {
  const w = window as unknown as { __redirectionCard?: boolean };
  if (w.__redirectionCard) return;
  w.__redirectionCard = true;
  void showCard();
});
