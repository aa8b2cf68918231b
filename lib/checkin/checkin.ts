/** The opt-in daily check-in: when it next falls, and whether today's has already been offered. */

/** Next time of day "HH:MM" (local) strictly after `now`. */
export function nextCheckIn(now: number, time: string): number {
  const [h = 20, m = 0] = time.split(':').map(Number);
  const d = new Date(now);
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m).getTime();
  return at > now ? at : new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, h, m).getTime();
}

/** Local calendar day as YYYY-MM-DD, so "once a day" survives restarts and time zones. */
export function dayKey(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Never more than once a day; an alarm that fires late (a sleeping laptop) still counts for its day. */
export function shouldOffer(lastOfferedDay: string | undefined, now: number): boolean {
  return lastOfferedDay !== dayKey(now);
}
