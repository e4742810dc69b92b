/** CSV downloads (RFC 4180), one writer for every table the site offers. */
/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; empty for no value. */
export const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows as CSV (RFC 4180): cells quoted where they must be, CRLF line ends, one after the last line too. */
export const csv = (rows: (string | number | null)[][]): string =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
