/**
 * Astro's compressed HTML leaves no space between elements: "<dt>Inspected</dt><dd>Northamptonshire".
 * A browser lays these out apart, but Pagefind reads the text of a term and its description, or a
 * table's header cell and the next cell, as one run: "inspectednorthamptonshire" went into the index
 * and neither word was found on those pages. A newline after the closing tag of such an element
 * changes nothing on screen (whitespace between table cells, between the items of a description
 * list and after a caption or summary is not rendered) and keeps the words apart.
 */
const closedThenOpened = /(<\/(?:dt|dd|th|caption|summary|figcaption|legend)>)(?=<)/g;

export function separateBlocks(html: string): string {
  return html.replace(closedThenOpened, '$1\n');
}
