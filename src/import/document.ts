/**
 * A document to import, as numbered lines: a text file (pdftotext output, or a report copied from an
 * inspectorate's page) line by line, cited "L12" as the excerpts command numbers it; or a PDF, read
 * with Mozilla's pdf.js, its text put back into lines page by page, cited "p3". No HTML is kept: a
 * document's words are only ever text.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

export interface DocumentLine {
  /** The line's words, trimmed of the spaces at its ends. */
  text: string;
  /** Where it is, as a citation writes it: "L12" in a text file, "p3" in a PDF. */
  place: string;
  /** Its line number in a text file; for a PDF, its place among all the document's lines, from 1. */
  index: number;
}

export interface ImportedDocument {
  kind: 'text' | 'pdf';
  lines: DocumentLine[];
  /** A text file's whole text, as the excerpts command reads it. */
  text?: string;
}

/** A line's words without Markdown or HTML marks: "## **Grade 3 (adequate)**" → "Grade 3 (adequate)". */
export function plainLine(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a file cannot be imported, for the author: what was looked for and what was found. */
export class ImportError extends Error {}

/** The lines of a text, numbered from 1 as `npm run excerpts` numbers them. */
export function textLines(text: string): DocumentLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => ({ text: line.trim(), place: `L${i + 1}`, index: i + 1 }));
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

/**
 * The lines of a PDF, page by page: pdf.js's pieces of text put in reading order (top to bottom, left
 * to right) and joined where they share a line, with a tab where a gap parts them (the cells of a
 * table, as pdftotext writes them). A line in larger type than the page's text is marked as a heading
 * ("## "), so that a report's sections are found as in a text copy.
 */
export async function pdfLines(data: Uint8Array): Promise<DocumentLine[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data, useSystemFonts: false, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    throw new ImportError(`it is not a PDF that can be read (${(error as Error).message})`);
  }
  const lines: DocumentLine[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const pieces = (content.items as PdfTextItem[])
      .filter((item) => 'str' in item && item.str.trim())
      .map((item) => ({
        text: item.str,
        x: item.transform[4]!,
        y: item.transform[5]!,
        size: Math.abs(item.transform[3]!) || Math.abs(item.transform[0]!),
        end: item.transform[4]! + item.width,
      }))
      .sort((a, b) => b.y - a.y || a.x - b.x);
    const rows: (typeof pieces)[] = [];
    for (const piece of pieces) {
      const row = rows.at(-1);
      if (row && Math.abs(row[0]!.y - piece.y) <= 2) row.push(piece);
      else rows.push([piece]);
    }
    const sizes = pieces.map((p) => Math.round(p.size)).sort((a, b) => a - b);
    const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
    for (const row of rows) {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      row.forEach((piece, i) => {
        const gap = i > 0 ? piece.x - row[i - 1]!.end : 0;
        // A word space is about a quarter of the type's size; the gap between cells is wider.
        const cell = gap > piece.size * 0.5;
        text +=
          i === 0
            ? piece.text
            : cell
              ? `\t${piece.text}`
              : gap > 1 && !text.endsWith(' ')
                ? ` ${piece.text}`
                : piece.text;
      });
      const size = Math.max(...row.map((p) => p.size));
      const heading = body > 0 && size >= body * 1.15 ? (size >= body * 1.6 ? '# ' : '## ') : '';
      lines.push({ text: `${heading}${text.trim()}`, place: `p${number}`, index: lines.length + 1 });
    }
  }
  await task.destroy();
  return lines;
}

/** Reads a file to import: a PDF by its contents ("%PDF"), anything else as UTF-8 text. */
export async function readDocument(file: string): Promise<ImportedDocument> {
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-' || extname(file).toLowerCase() === '.pdf') {
    const lines = await pdfLines(new Uint8Array(bytes));
    if (lines.length === 0)
      throw new ImportError(
        'the PDF has no text layer (it is pictures of pages): it needs OCR first, such as `ocrmypdf`, or the report copied as text from the inspectorate’s page',
      );
    return { kind: 'pdf', lines };
  }
  const text = bytes.toString('utf8');
  if (text.includes('\u0000'))
    throw new ImportError('it is neither text nor a PDF (it holds binary data): give a .txt or a .pdf');
  const lines = textLines(text);
  if (lines.every((line) => !line.text)) throw new ImportError('the file has only blank lines');
  return { kind: 'text', lines, text };
}
