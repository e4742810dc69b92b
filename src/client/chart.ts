/** The interactive chart (components/Chart.astro): offered only when scripts run; vega-embed is fetched only when a reader asks. */
for (const box of document.querySelectorAll<HTMLElement>('.chart-interactive')) {
  box.hidden = false;
  const button = box.querySelector('button');
  const target = box.querySelector<HTMLElement>('.chart-embed');
  if (!button || !target) continue;
  button.addEventListener('click', async () => {
    button.disabled = true;
    target.textContent = 'Loading the interactive chart…';
    try {
      const [{ default: embed }, { expressionInterpreter }, spec] = await Promise.all([
        import('vega-embed'),
        import('vega-interpreter'),
        fetch(new URL(box.dataset.src!, location.href)).then((r) => r.json()),
      ]);
      target.textContent = '';
      // The site's Content-Security-Policy allows no eval and no inline styles: Vega's expressions are
      // interpreted, and the tooltip and embed styles come from the site's stylesheet.
      await embed(target, spec, {
        actions: false,
        renderer: 'svg',
        tooltip: { disableDefaultStyle: true },
        defaultStyle: false,
        ast: true,
        expr: expressionInterpreter,
      });
      button.hidden = true;
    } catch {
      target.textContent =
        'The interactive chart could not be loaded. The chart above and the table hold the same figures.';
      button.disabled = false;
    }
  });
}
