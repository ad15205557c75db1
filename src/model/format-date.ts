/** Built once: constructing a date formatter costs far more than formatting with one. */
let formatter: Intl.DateTimeFormat | undefined;
/** The app shows a handful of dates, each on many renders; formatting even with a formatter is slow. */
const formatted = new Map<string, string>();

/** "2017-03-03" -> "3 March 2017", independent of the reader's time zone. */
export function formatDate(isoDate: string): string {
  let text = formatted.get(isoDate);
  if (text === undefined) {
    text = format(isoDate);
    formatted.set(isoDate, text);
  }
  return text;
}

function format(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return formatter.format(date);
}
