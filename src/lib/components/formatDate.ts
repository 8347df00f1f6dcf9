// Dates are shown in UTC so the server render and the browser agree, and so every reader sees the same time.
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
});
const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC'
});

/** "2022-09-22" -> "22 Sept 2022"; "2022-09-22T21:15:00Z" -> "22 Sept 2022, 21:15 UTC"; null/bad -> "". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? DAY.format(t) : `${DAY_TIME.format(t)} UTC`;
}
