/** Dates for people: "12 Mar 2025". Accepts full ISO timestamps and partial dates ("2024", "2024-05"). */
export function formatDate(iso: string): string {
  if (!iso) return '—';
  const partial = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (partial) {
    const [, year, month, day] = partial;
    const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
    const options: Intl.DateTimeFormatOptions = day
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : month
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
    return date.toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Date and time, for a tooltip or a full reading. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
