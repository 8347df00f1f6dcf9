// Whether the event page carries its charts' data tables. They are built when their box is opened (a large event's
// tables were a fifth of its page); without JavaScript that cannot happen, so each box then offers a link to the
// same page with ?tables=all, which carries every table from the start.
export const TABLES_PARAM = 'tables';

export interface ChartTables {
  /** The page carries every table (?tables=all). */
  upFront: boolean;
  /** The same page with every table in it, at the chart's heading. */
  href(chart: string): string;
}

export const CHART_TABLES = Symbol('chart tables');

export function chartTables(url: URL): ChartTables {
  return {
    upFront: url.searchParams.get(TABLES_PARAM) === 'all',
    href(chart) {
      const next = new URL(url);
      next.searchParams.set(TABLES_PARAM, 'all');
      return `${next.pathname}${next.search}#${chart}-title`;
    }
  };
}
