/**
 * Text made safe to put into element text and double-quoted attributes, the only places it goes. Four
 * replacements by hand: a package (entities, escape-html) would do the same for one more dependency.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
