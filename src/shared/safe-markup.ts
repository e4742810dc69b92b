/**
 * Content is not code. A page's Markdown or MDX comes from authors (and imported documents), not
 * from Lantern's developers, so the build refuses what would run in a reader's browser or in the
 * build itself: script and other active elements, event-handler attributes, javascript: (and
 * vbscript: and data:) links, and in MDX any import, export or {expression}, and any component but
 * those Lantern gives MDX pages. Parsed with remark (remark-mdx for MDX) and hast-util-from-html.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

/** Something in a body that could run as code, and the line of the body it is on. */
export interface UnsafeMarkup {
  line: number;
  found: string;
}

const activeElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'link',
]);
const activeUrl = /^\s*(?:javascript|vbscript|data):/i;
/** Attributes that take an address, lower-cased (hast names xlink:href xLinkHref). */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlinkhref',
  'xlink:href',
  'srcdoc',
]);
/** What could be unsafe at all: without any of these, a body is plain Markdown and needs no parsing. */
const maybeActive = /<|\{|^\s*(?:import|export)\b|(?:javascript|vbscript|data):/im;

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The problems of one HTML element (from raw HTML in Markdown, or lower-case JSX in MDX). */
function elementProblems(tag: string, attributes: [string, unknown][]): string[] {
  const found: string[] = [];
  if (activeElements.has(tag.toLowerCase())) found.push(`a <${tag}> element`);
  for (const [name, value] of attributes) {
    if (/^on/i.test(name)) found.push(`an event handler attribute (${name.toLowerCase()}=) on <${tag}>`);
    else if (urlAttributes.has(name.toLowerCase()) && typeof value === 'string' && activeUrl.test(value))
      found.push(`a ${value.trim().split(':')[0]!.toLowerCase()}: address on <${tag}>`);
  }
  return found;
}

/**
 * Everything in a page's body that could run as code. `components` are the MDX components the page
 * provides (as <Chart kpi="..." />), allowed with plain text attributes only.
 */
export function unsafeMarkup(
  body: string,
  { mdx, components }: { mdx: boolean; components: readonly string[] },
): UnsafeMarkup[] {
  if (!maybeActive.test(body)) return [];
  const processor = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  let tree: Node;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line ?? 1;
    return [{ line: place, found: `MDX that cannot be read: ${(error as Error).message}` }];
  }
  const problems: UnsafeMarkup[] = [];
  const add = (node: Node, found: string) => problems.push({ line: node.position?.start.line ?? 1, found });
  visit(tree, (node) => {
    const n = node as Node & {
      value?: string;
      url?: string;
      name?: string | null;
      attributes?: MdxAttribute[];
    };
    switch (node.type) {
      case 'html':
        visit(fromHtml(n.value ?? '', { fragment: true }), 'element', (element) => {
          const { tagName, properties } = element as unknown as {
            tagName: string;
            properties: Record<string, unknown>;
          };
          for (const found of elementProblems(tagName, Object.entries(properties))) add(node, found);
        });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (activeUrl.test(n.url ?? ''))
          add(node, `a link to a ${n.url!.trim().split(':')[0]!.toLowerCase()}: address`);
        break;
      case 'mdxjsEsm':
        add(node, 'an import or export (MDX pages may hold text and Lantern’s components only)');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, `a JavaScript expression {${(n.value ?? '').trim().slice(0, 40)}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        const attributes = n.attributes ?? [];
        if (
          attributes.some(
            (a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'),
          )
        )
          add(node, `a JavaScript expression in the attributes of <${name}>`);
        if (/^[A-Z]/.test(name)) {
          if (!components.includes(name))
            add(
              node,
              `the component <${name}>, which MDX pages are not given (they have: ${components.join(', ')})`,
            );
        } else if (name)
          for (const found of elementProblems(
            name,
            attributes.map((a) => [a.name ?? '', a.value]),
          ))
            add(node, found);
        break;
      }
    }
  });
  return problems;
}
