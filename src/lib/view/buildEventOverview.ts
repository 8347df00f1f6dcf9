// The view model of the event overview (headline figures and the four charts), built on the server from a
// stored analysis and the URL's query: only what the page shows is sent, so the page stays small with
// 30 outlets and 1,000 facts. Pure: no database, no DOM.
import type { AnalysisResult } from '../analysis/types';
import { agreementCells, orderOutletsByAgreement, type AgreementCell } from './agreement';
import {
  claimIndex,
  factRows,
  filterFactRows,
  orderColumns,
  parseCoverageSort,
  parseFactFilter,
  sortFactRows,
  type CoverageSort,
  type FactFilter,
  type FactRow
} from './coverage';
import { discrepancySections, type DiscrepancySection } from './discrepancies';
import type { IndependentSource, IndependentSources } from './independentSources';
import { omissionPanels, type OutletOmissions } from './omissions';

export interface OverviewArticle {
  id: string;
  outlet: string;
  title: string;
  published: string | null;
  url: string | null;
}

export interface HeadlineFigureValues {
  outlets: number;
  articles: number;
  /** Facts holding real claims. */
  facts: number;
  /** Facts at least two outlets report, all alike. */
  agreed: number;
  /** Facts at least two outlets report, one or more with less detail, none contradicting. */
  partial: number;
  /** Facts with at least one discrepancy between outlets. */
  contested: number;
  singleSource: number;
}

/** ?sources=independent: outlets of one owner and re-worded copies counted as one source. */
export type SourceCounting = 'outlets' | 'independent';

export function parseSourceCounting(value: string | null): SourceCounting {
  return value === 'independent' ? 'independent' : 'outlets';
}

/** The outlet grouping, and the analysis counted over it when the URL asks for independent sources. */
export interface SourceCountingInput {
  grouping: IndependentSources;
  /** countBySource(result, grouping), or null when counting outlets. */
  counted: AnalysisResult | null;
}

export interface EventOverviewModel {
  eventId: number;
  /**
   * The per-outlet charts (coverage columns, agreement, omissions, certainty, shared facts, timeline) show the
   * `shown` outlets reporting the most facts, of `total`; ?outlets=all shows every one. Figures count them all.
   */
  outlets: { shown: string[]; total: number; showAll: boolean };
  /**
   * How figures, coverage, agreement, omissions and shared facts count: each outlet, or each independent source
   * (then the columns, pairs and panels are sources). `combined` lists the sources of several outlets either way.
   */
  sources: { counting: SourceCounting; combined: IndependentSource[] };
  engine: string;
  figures: HeadlineFigureValues;
  coverage: {
    sort: CoverageSort;
    filter: FactFilter;
    /** Outlets as columns, in display order. */
    outlets: string[];
    /** Facts after the filter; rows holds the first `limit` of them (all with ?rows=all). */
    total: number;
    limit: number;
    showAll: boolean;
    rows: FactRow[];
  };
  /** Pairs that share at least one fact (the others are counted in `pairs`, drawn as background). */
  agreement: { outlets: string[]; pairs: number; cells: AgreementCell[] };
  omissions: { showAll: boolean; limit: number; panels: OutletOmissions[] };
  discrepancies: { showAll: boolean; limit: number; total: number; sections: DiscrepancySection[] };
}

export const DEFAULT_ROWS = 50;
/** A page with every outlet of a 50-outlet event in every chart is over a megabyte of HTML. */
export const DEFAULT_OUTLETS = 10;
export const DEFAULT_OMISSIONS = 3;
export const DEFAULT_DISCREPANCIES = 20;
const ALL = 100_000;

export function buildEventOverview(
  eventId: number,
  result: AnalysisResult,
  allArticles: OverviewArticle[],
  query: URLSearchParams,
  sources?: SourceCountingInput
): EventOverviewModel {
  // Discrepancies always name outlets; the other charts count what `counted` holds (outlets or sources).
  const counted = sources?.counted ?? result;
  const sourceOf = sources?.counted ? sources.grouping.sourceOf : {};
  const articles = allArticles.map((a) => ({ ...a, outlet: sourceOf[a.outlet] ?? a.outlet }));
  const outletNames = [
    ...new Set([...counted.outlets.map((o) => o.outlet), ...articles.map((a) => a.outlet)])
  ];
  const columns = orderColumns(outletNames, factRows(counted, outletNames, claimIndex(counted)));
  const showAllOutlets = query.get('outlets') === 'all';
  const shownOutlets = showAllOutlets ? columns.outlets : columns.outlets.slice(0, DEFAULT_OUTLETS);
  const shown = new Set(shownOutlets);
  const claims = claimIndex(result);
  const allRows = columns.rows;
  const facts = new Map(allRows.map((r) => [r.id, r.label]));
  const multi = allRows.filter((r) => r.reporting > 1);

  const sort = parseCoverageSort(query.get('sort'));
  const filter = parseFactFilter(query.get('facts'));
  const showAllRows = query.get('rows') === 'all';
  const filtered = sortFactRows(filterFactRows(allRows, filter), sort);
  const rowLimit = showAllRows ? ALL : DEFAULT_ROWS;

  const agreementOutlets = orderOutletsByAgreement(outletNames, counted.agreement).filter((o) =>
    shown.has(o)
  );
  const showAllOmissions = query.get('omissions') === 'all';
  const showAllDiscrepancies = query.get('discrepancies') === 'all';
  const discrepancyLimit = showAllDiscrepancies ? ALL : DEFAULT_DISCREPANCIES;
  const { total, sections } = discrepancySections(result, claims, facts, discrepancyLimit);

  return {
    eventId,
    outlets: { shown: shownOutlets, total: outletNames.length, showAll: showAllOutlets },
    sources: {
      counting: sources?.counted ? 'independent' : 'outlets',
      combined: sources?.grouping.combined ?? []
    },
    engine: result.engine,
    figures: {
      outlets: outletNames.length,
      articles: allArticles.length || result.articles.length,
      facts: allRows.length,
      agreed: multi.filter((r) => r.verdict === 'same').length,
      partial: multi.filter((r) => r.verdict === 'partial').length,
      contested: allRows.filter((r) => r.verdict === 'differ').length,
      singleSource: allRows.length - multi.length
    },
    coverage: {
      sort,
      filter,
      outlets: shownOutlets,
      total: filtered.length,
      limit: rowLimit,
      showAll: showAllRows,
      // Columns are ordered by facts reported, so the shown outlets are the first columns.
      rows: filtered
        .slice(0, rowLimit)
        .map((r) => ({ ...r, cells: r.cells.filter((c) => c.col < shownOutlets.length) }))
    },
    agreement: {
      outlets: agreementOutlets,
      pairs: (agreementOutlets.length * (agreementOutlets.length - 1)) / 2,
      cells: agreementCells(agreementOutlets, counted.agreement).filter((c) => c.shared > 0)
    },
    omissions: {
      showAll: showAllOmissions,
      limit: showAllOmissions ? ALL : DEFAULT_OMISSIONS,
      // Panels are built over every outlet (each counts what all the others report), then the shown kept.
      panels: omissionPanels(counted.outlets, facts, {
        limit: showAllOmissions ? ALL : DEFAULT_OMISSIONS
      }).filter((p) => shown.has(p.outlet))
    },
    discrepancies: { showAll: showAllDiscrepancies, limit: discrepancyLimit, total, sections }
  };
}
