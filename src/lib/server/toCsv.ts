// The one CSV writer: the event page's exports (claims.csv, discrepancies.csv) and `parallax export --format csv`.

/**
 * One CSV field (RFC 4180) that a spreadsheet will not run as a formula, after OWASP's CSV injection guidance: text
 * starting with = + - @ tab or carriage return gets a leading single quote, and such a field is also wrapped in
 * double quotes (as is any field with a quote, comma, semicolon, line break or outer space), quotes doubled.
 * Numbers are written as numbers, a negative number included; a text that looks like one ("-5 boats") is text.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const neutralised = FORMULA_START.test(value);
  const text = neutralised ? `'${value}` : value;
  return neutralised || /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV file: header line plus one line per row, CRLF line ends. */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c)).join(',')];
  for (const row of rows)
    lines.push(columns.map((c) => csvField(row[c] as string | number | null | undefined)).join(','));
  return lines.join('\r\n') + '\r\n';
}
