/**
 * CSV downloads (RFC 4180), one writer for every table the site offers, csv-stringify's: a cell is
 * quoted only when it holds a comma, a quote or a line break, quotes doubled; no value is an empty
 * cell; every line, the last one too, ends with CRLF.
 */
import { stringify } from 'csv-stringify/sync';

export const csv = (rows: (string | number | null)[][]): string =>
  // With its own record delimiter set, csv-stringify quotes a lone LF or CR only when asked to.
  stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true });
