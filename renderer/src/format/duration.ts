// Durations as people read them in a sign-in panel. Pure, so the tests pin the wording.

/** "less than a minute", "45 min", "2 h", "7 h 59 min", "3 days": for "valid for …", "ends in …". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day' : `${days} days`;
}

/** "9:59", "0:05", "0:00": a countdown to the second, never negative. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "just now", "5 min ago", "2 h ago", "3 days ago": for "Refreshed …". */
export function formatAgo(ms: number): string {
  return ms < 60_000 ? 'just now' : `${formatDuration(ms)} ago`;
}

/**
 * "5,000": counts in the list, grouped as English writes them (what Intl.NumberFormat('en') gives
 * for a whole number). By hand because creating a NumberFormat costs 5-17 ms in a new window, on
 * the way to the list's first paint; anything but a safe integer still goes through Intl.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count) || Object.is(count, -0)) return count.toLocaleString('en');
  const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${digits}` : digits;
}
