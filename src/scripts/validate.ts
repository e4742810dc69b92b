/** `npm run check` runs this after the type check: it loads and checks all content, and says what it found. */
import { loadSite, sitePaths } from '../site/load.ts';
import { ContentError } from '../shared/problems.ts';

try {
  const site = loadSite(sitePaths());
  console.log(
    `Content is valid: ${site.organisations.length} organisations, ${site.scales.length} grading scales, ${site.sources.length} sources, ${site.inspections.length} inspections, ${site.members.length} members, ${site.meetings.length} meetings, ${site.urgencyDecisions.length} urgency decisions, ${site.kpiFrameworks.reduce((n, f) => n + f.data.kpis.length, 0)} KPIs in ${site.kpiFrameworks.length} frameworks, ${site.plans.length} plans, ${site.selfEvaluations.length} self-evaluations, ${site.finance.length} finance tables, ${site.risks.length} risk ${site.risks.length === 1 ? 'register' : 'registers'}, ${site.charts.length} other charts, ${site.youngPeople.length} young people's versions, ${site.glossary.terms.length} glossary terms.`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
