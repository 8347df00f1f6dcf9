// The claim engine's data contract. Everything in src/lib/analysis is pure (no I/O, no DB, no DOM):
// the web app, the CLI, the evaluation and the tests all pass ArticleInput in and get these shapes back.

/** One source article as the engine sees it. `published` is an ISO 8601 date or date-time. */
export interface ArticleInput {
  id: string;
  outlet: string;
  title?: string;
  url?: string;
  published?: string;
  text: string;
}

export interface EventInput {
  event: { title: string };
  articles: ArticleInput[];
}

/** Half-open [start, end) range of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  paragraph: number;
}

export type ClaimKind = 'claim' | 'non-claim';

export type NonClaimReason =
  | 'headline-label'
  | 'dateline'
  | 'byline'
  | 'timestamp'
  | 'navigation'
  | 'photo-credit'
  | 'share-prompt'
  | 'reader-question'
  | 'outlet-appeal'
  | 'url'
  | 'advertisement'
  | 'boilerplate';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  text: string;
  /** Lower-cased canonical form used for matching ("nato", "albania"). */
  norm: string;
  type: EntityType;
  start: number;
  end: number;
  /** Title or role attached to a person ("deputy secretary-general", "Defense Minister"). */
  role?: string;
}

export interface Quantity {
  text: string;
  /** Point value, or the lower bound of a range. */
  value: number;
  /** Upper bound for ranges ("between 5 and 7"); equals value for points. */
  max?: number;
  unit?: string;
  /** What is counted, when recognisable ("members", "people killed", "magnitude"). */
  counted?: string;
  approx: boolean;
  /** 'at least' / 'more than' -> 'min'; 'at most' / 'up to' / 'fewer than' -> 'max'; vague words like 'dozens' -> 'vague'. */
  bound?: 'exact' | 'min' | 'max' | 'vague';
  start: number;
  end: number;
  /**
   * What the figure is when it is not a plain value of what it counts: part of a name, after capitals ("F 16",
   * "MH 17") or a numbered thing ("Week 15", "Flight 370"), or the name of a variant ("the 13-inch model", "a 4×4");
   * a street number ("the 12000 block of"); a difference from another figure or happening ("five rounds sooner
   * than", "nine days before the inauguration") or a margin of error; a score, vote or record ("a 27-24 loss",
   * "deadlocked 9-3"); or a rate ("$22 million per season", "$99 each"). Only a rate is compared, and only with
   * other rates.
   */
  kind?: 'model' | 'address' | 'difference' | 'score' | 'rate';
}

export interface DateValue {
  text: string;
  /** ISO dates (YYYY-MM-DD or YYYY-MM-DDTHH:mm) bounding the expression; equal for a precise date. */
  from: string;
  to: string;
  /** Time of day when stated ("7 p.m." -> "19:00"). */
  time?: string;
  precision: 'time' | 'day' | 'month' | 'year' | 'vague';
  relative: boolean;
  start: number;
  end: number;
}

export type Certainty = 'asserted' | 'attributed' | 'hedged' | 'denied';

export interface Attribution {
  /** Who says it ("the Albanian authorities", "Microsoft", "police"). */
  source: string;
  /** The verb or frame ("according to", "said", "concluded", "blamed"). */
  verb: string;
  start: number;
  end: number;
}

export interface ClaimFeatures {
  entities: Entity[];
  numbers: Quantity[];
  dates: DateValue[];
  attribution: Attribution | null;
  certainty: Certainty;
  /** Hedge words found ("suspected", "reportedly", "may"). */
  hedges: string[];
  quotes: Span[];
  negated: boolean;
  /** Loaded or evaluative wording ("unprecedented wave of terror", "hermetically sealed"). */
  loaded: string[];
  /** Content-word lemmas used for retrieval and scoring. */
  lemmas: string[];
}

export interface Claim extends Span, ClaimFeatures {
  id: string;
  articleId: string;
  outlet: string;
  text: string;
  kind: ClaimKind;
  /** Why a unit is a non-claim; absent for claims. */
  reason?: NonClaimReason;
  sentence: number;
  paragraph: number;
}

export const VERDICTS = ['same', 'partial', 'differ', 'absent'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const DISCREPANCY_TYPES = [
  'number',
  'date',
  'place',
  'name',
  'role',
  'negation',
  'certainty',
  'attribution'
] as const;
export type DiscrepancyType = (typeof DISCREPANCY_TYPES)[number];

export interface Discrepancy {
  type: DiscrepancyType;
  claims: [string, string];
  values: [string, string];
}

/**
 * A difference in certainty where nobody denies: one outlet hedges what another states ("allegedly drunk" /
 * "drunk"). Both can be accurate reports, so it makes the hedging outlet's verdict partial, never "differs"; a
 * denial against a statement (a 'denied' value) does differ.
 */
export function isHedgeOnly(d: Pick<Discrepancy, 'type' | 'values'>): boolean {
  return d.type === 'certainty' && !d.values.includes('denied');
}

export interface Fact {
  id: string;
  /**
   * Claim ids, at most one "representative" per article first, then the rest. Every claim has one primary fact;
   * a claim that states several facts may also be listed in other facts (see `secondary`), so facts may share
   * claims: look a claim's own fact up as the fact that lists it but not among its `secondary` ids.
   */
  claims: string[];
  /** Ids in `claims` whose primary fact is another one (multi-fact claims that also state this fact). */
  secondary?: string[];
  /** Short label for the fact, taken from the most central claim. */
  label: string;
  /** The fact's overall verdict: 'same' if all outlets that report it agree, 'differ' if any discrepancy. */
  verdict: Verdict;
  /** Per outlet: same / partial / differ / absent. */
  outlets: Record<string, Verdict>;
  discrepancies: Discrepancy[];
  /** Mean pairwise alignment score inside the fact (1 for single-claim facts). */
  cohesion: number;
}

export interface OutletOmission {
  fact: string;
  /** How many other outlets report the fact. */
  reportedBy: number;
}

export interface OutletSummary {
  outlet: string;
  articles: string[];
  claims: number;
  nonClaims: number;
  certainty: Record<Certainty, number>;
  /** Sources this outlet cites, with counts. */
  sources: { source: string; count: number }[];
  omissions: OutletOmission[];
}

export interface OutletAgreement {
  a: string;
  b: string;
  /** Facts both report. */
  shared: number;
  same: number;
  partial: number;
  differ: number;
  /** (same + 0.5 * partial) / shared, 0 when nothing is shared. */
  score: number;
}

export interface DerivedCopy {
  /** The article that looks re-worded from `source`. */
  article: string;
  source: string;
  /** Share of the article's wording found in the source (0..1). */
  overlap: number;
  added: string[];
  removed: string[];
  changed: { from: string; to: string }[];
}

export interface AnalysisResult {
  engine: string;
  /** `hash` fingerprints the article's input (outlet, title, published, text): analyzeEvent reuses the claims of
   * an unchanged article when given a previous result. */
  articles: { id: string; outlet: string; claims: Claim[]; hash?: string }[];
  facts: Fact[];
  outlets: OutletSummary[];
  agreement: OutletAgreement[];
  derived: DerivedCopy[];
}

export type PairRelation = 'same' | 'related' | 'unrelated';
