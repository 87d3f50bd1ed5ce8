// Times are shown in London wall-clock time (the placement zone of every organisation so far).
const zone = 'Europe/London';
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

export const clock = (instant: string | null | undefined) => (instant ? timeFormat.format(new Date(instant)) : '');
export const when = (instant: string | null | undefined) => (instant ? dateTimeFormat.format(new Date(instant)) : '');

/** A local wall-clock time as the API gives it ("2026-03-02T21:00:00"), shown as it is. */
export const wallClock = (local: string | null | undefined) =>
  local ? `${local.slice(8, 10)}/${local.slice(5, 7)} ${local.slice(11, 16)}` : '';

/** "1 h 5 min", "12 min", "under a minute". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60000);
  if (minutes < 1) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

export const label = (constant: string | null | undefined) =>
  constant ? constant.charAt(0) + constant.slice(1).toLowerCase().replaceAll('_', ' ') : '';
