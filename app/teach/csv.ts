/** Characters that make a spreadsheet read a cell as a formula (tab and carriage return too, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-like text is prefixed with `'`, and text with quotes, commas or line breaks is quoted. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180: CRLF line ends) from rows of cells. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A CSV file's text with a UTF-8 byte-order mark, so spreadsheets read names like "Zoë" right on opening. */
export function toCsvFile(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${toCsv(rows)}`;
}
