/** The charts an MDX body embeds: <Chart kpi="..." /> names a KPI, <Chart spec="..." /> a chart in data/charts/. */
export function chartReferences(body: string): { kind: 'kpi' | 'spec'; id: string }[] {
  return [...body.matchAll(/<Chart\s+(kpi|spec)=["']([^"']+)["']/g)].map((match) => ({
    kind: match[1] as 'kpi' | 'spec',
    id: match[2]!,
  }));
}
