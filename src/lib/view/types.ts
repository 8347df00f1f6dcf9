// The engine's result types, as the view layer hands them to charts (charts import from $lib/view and d3 only).
export type {
  AnalysisResult,
  Certainty,
  Claim,
  Fact,
  Discrepancy,
  DiscrepancyType,
  Verdict
} from '../analysis/types';
