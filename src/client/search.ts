/**
 * The search page in the browser: runs Pagefind, keeps the search in the address (so it can be shared
 * and the back button works), announces the count, and links each result to the words on its page.
 * Loaded by src/pages/search/index.astro only. Pagefind itself is fetched when a search is first needed.
 */
import {
  countInWords,
  filterKeys,
  highlightHref,
  isEmpty,
  markedWords,
  pagefindQuery,
  alternativeQueries,
  interleaved,
  answersFor,
  pagefindRanking,
  readState,
  writeState,
  withoutEmptyBrackets,
  type DirectAnswer,
  type PagefindOptions,
  type SearchState,
} from '../publish/search.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: PagefindOptions,
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

const pageSize = 10;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function startSearch(): void {
  const app = document.getElementById('search-app')!;
  const unavailable = document.getElementById('search-unavailable')!;
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const filters = document.getElementById('filters') as HTMLDetailsElement;
  const chosen = document.getElementById('filters-chosen')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('more') as HTMLButtonElement;
  const bundle = new URL(app.dataset.src!, location.href);
  const root = new URL('../', bundle);
  const pageTitle = document.title;

  app.hidden = false;
  unavailable.hidden = true;

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ bundle.href).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24, ranking: pagefindRanking });
      await module.init();
      return module;
    }));

  let results: { id: string; data(): Promise<PagefindData> }[] = [];
  const synonyms = JSON.parse(app.dataset.synonyms ?? '[]') as string[][];
  const answers = JSON.parse(app.dataset.answers ?? '[]') as DirectAnswer[];
  /** The addresses of the answers shown first, so that the same page is not listed again below them. */
  let answered = new Set<string>();
  const pathOf = (url: string) => new URL(url.replace(/^\//, ''), root).pathname.replace(/index\.html$/, '');
  let shown = 0;
  let run = 0;

  const fill = (state: SearchState) => {
    input.value = state.q;
    for (const key of filterKeys) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) select.value = state.filters[key] ?? '';
    }
    (form.elements.namedItem('sort') as HTMLSelectElement).value =
      state.sort === 'relevance' ? '' : state.sort;
    showChosen(state);
    // On a wide screen the chosen filters are opened beside the results; on a phone they stay folded,
    // saying how many are chosen, so that the results are in sight.
    if (
      (Object.keys(state.filters).length > 0 || state.sort !== 'relevance') &&
      !matchMedia('(max-width: 40rem)').matches
    )
      filters.open = true;
  };

  const showChosen = (state: SearchState) => {
    const count = Object.keys(state.filters).length;
    chosen.textContent = count === 0 ? '' : `(${count} chosen)`;
  };

  const fromForm = (): SearchState =>
    readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const link = (url: string, excerpt: string, text: string) => {
    const a = element('a', undefined, text);
    a.href = highlightHref(new URL(url.replace(/^\//, ''), root).href, markedWords(excerpt));
    return a;
  };

  const excerptOf = (html: string) => {
    const p = element('p', 'result-excerpt');
    // Pagefind escapes the page's text and adds only <mark> around the words found.
    p.innerHTML = withoutEmptyBrackets(html);
    return p;
  };

  const render = (data: PagefindData): HTMLLIElement => {
    const item = element('li', 'result');
    const heading = element('h3', 'result-title');
    heading.append(link(data.url, data.excerpt, data.meta.title ?? data.url));
    item.append(heading);
    const facts = [data.meta.kind, data.meta.date, data.meta.where].filter(Boolean).join(' · ');
    if (facts) item.append(element('p', 'result-meta', facts));
    item.append(excerptOf(data.excerpt));
    const sections = data.sub_results
      .filter((sub) => sub.url !== data.url && sub.title !== data.meta.title)
      .slice(0, 3);
    if (sections.length > 0) {
      const subList = element('ul', 'sub-results');
      subList.setAttribute('aria-label', `Sections of ${data.meta.title ?? 'this page'}`);
      for (const sub of sections) {
        const li = element('li');
        li.append(link(sub.url, sub.excerpt, sub.title), excerptOf(sub.excerpt));
        subList.append(li);
      }
      item.append(subList);
    }
    return item;
  };

  const renderAnswer = (answer: DirectAnswer): HTMLLIElement => {
    const item = element('li', 'result direct-answer');
    const heading = element('h3', 'result-title');
    heading.append(link(answer.url, '', answer.title));
    item.append(
      heading,
      element('p', 'result-meta', answer.label),
      element('p', 'result-excerpt', answer.text),
    );
    return item;
  };

  const showMore = async (moveFocus: boolean) => {
    const batch = results.slice(shown, shown + pageSize);
    const thisRun = run;
    const datas = await Promise.all(batch.map((r) => r.data()));
    if (thisRun !== run) return;
    const items = datas.filter((data) => !answered.has(pathOf(data.url))).map(render);
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    list.hidden = list.children.length === 0;
    if (moveFocus && items[0]) items[0].querySelector('a')!.focus();
  };

  const cannotSearch = (why: string) => {
    status.textContent = why;
    unavailable.hidden = false;
    unavailable.querySelector('p')!.textContent = why;
  };

  const search = async (state: SearchState) => {
    const thisRun = ++run;
    document.title = state.q ? `“${state.q}”: ${pageTitle}` : pageTitle;
    if (isEmpty(state)) {
      results = [];
      shown = 0;
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    let module: Pagefind;
    try {
      module = await load();
    } catch {
      cannotSearch(
        'Search could not start. It needs the site to be served by a web server, and does not work from files opened directly. You can browse everything below instead.',
      );
      return;
    }
    const { term, options } = pagefindQuery(state);
    // Each way of writing what was asked is searched, and the results taken in turn from each.
    const terms = term === null ? [null] : alternativeQueries(term, synonyms);
    const found = await Promise.all(terms.map((t) => module.search(t, options)));
    if (thisRun !== run) return;
    results = interleaved(found.map((f) => f?.results ?? []));
    // A headline measure or an organisation asked for by name leads the list, with its answer in a
    // sentence, when nothing narrows the search.
    const direct =
      state.q && Object.keys(state.filters).length === 0 && state.sort === 'relevance'
        ? answersFor(state.q, answers, synonyms)
        : [];
    answered = new Set(direct.map((answer) => pathOf(answer.url)));
    shown = 0;
    list.replaceChildren(...direct.map(renderAnswer));
    await showMore(false);
    if (thisRun !== run) return;
    list.removeAttribute('aria-busy');
    status.textContent = countInWords(results.length, state, direct.length);
  };

  const go = (mode: 'push' | 'replace') => {
    const state = fromForm();
    showChosen(state);
    const address = `${location.pathname}${writeState(state)}`;
    if (address !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', address);
    void search(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go('push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go('replace'), 400);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    const state = readState(location.search);
    fill(state);
    void search(state);
  });

  const initial = readState(location.search);
  fill(initial);
  if (!isEmpty(initial)) void search(initial);
}
