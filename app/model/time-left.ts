// Times left as the tray shows them: coarse on purpose, so the menu model (compared, not timed)
// changes a few times an hour rather than every second. Pure.

/** A session or credentials ending within this is "expiring soon" (tray icon, notification). */
export const expiringSoonMs = 15 * 60_000;

/** "expired", "under a minute", "7 min", "45 min", "2 h 15 min": minutes exact below 10, then steps of 5 and 15. */
export function coarseTimeLeft(ms: number): string {
  if (ms <= 0) return 'expired';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 10) return `${minutes} min`;
  if (minutes < 60) return `${minutes - (minutes % 5)} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const quarter = rest - (rest % 15);
  return quarter === 0 ? `${hours} h` : `${hours} h ${quarter} min`;
}
