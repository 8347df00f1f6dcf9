// The store: one repository per aggregate, behind these interfaces. Routes reach it through `event.locals.store`
// (set in hooks.server.ts), scripts through appStore(); only the implementation (store/sqlite/) knows the
// database. Each write is one transaction inside the repository; lists take a limit (and an offset where paged).
// The interfaces are synchronous, as better-sqlite3 is (README: what a PostgreSQL implementation would need).
import type { AnalysisResult, EventInput } from '../../analysis/types';
import type { AnalysisRunInfo } from '../analysis/AnalysisRunInfo';
import type { AnalysisStatus } from './sqlite/analysisStatus';
import type { EventDashboard } from '../../view/EventDashboard';
import type { ArticleRow, ArticleSource, ArticleSummary, NewArticle } from './sqlite/articles';
import type { DerivedCopyReport } from '../derivedCopyReport';
import type { EventListItem, EventRow } from './sqlite/events';
import type { EventSuggestion } from './sqlite/suggestEvent';
import type { ImportResult } from './sqlite/importEvent';
import type { EventExport } from '../corrections/eventExport';
import type { AuditEntry, Page } from './sqlite/auditLog';
import type { CorrectedAnalysis, CorrectionRecord } from './sqlite/corrections';
import type { correctionFacts } from '../corrections/correctionFacts';
import type { FactNote } from './sqlite/factNotes';
import type { OutletDetails } from './sqlite/outletEdits';
import type { UndoBlock, UndoResult } from './sqlite/undoAuditEntry';

export interface Paging {
  limit?: number;
  offset?: number;
}

export interface EventRepository {
  get(id: number): EventRow | undefined;
  /** Newest activity first. */
  list(paging?: Paging): EventListItem[];
  count(): number;
  /** Checks the title (required, 300 characters at most). */
  create(input: { title: unknown; description?: unknown }): EventRow;
  /** The outlet names of each of the events, for the event list. */
  outletNames(eventIds: number[]): Map<number, string[]>;
  /** Which event a text being added looks like it is about: this one, another one, or none. */
  suggest(article: { title?: string; text: string }, currentEventId: number): EventSuggestion;
  /** Creates or extends an event from an event file (`parallax import`), in one transaction. */
  import(input: EventInput, options?: { source?: ArticleSource }): ImportResult;
  /** The event's claims, facts, verdicts and discrepancies as `parallax export` writes them. */
  export(eventId: number): EventExport;
}

export interface ArticleRepository {
  get(id: number): ArticleRow | undefined;
  /** The event's articles by outlet, without their texts. */
  list(eventId: number, limit?: number, offset?: number): ArticleSummary[];
  count(eventId: number): number;
  /** The event's articles with their texts, in the order they were added. */
  texts(eventId: number, limit?: number): ArticleRow[];
  /** Validates and stores one article (a duplicate in the event is refused). */
  add(eventId: number, input: NewArticle): ArticleRow;
  /** All or none; `rethrow` may say which input failed. */
  addMany(
    eventId: number,
    inputs: NewArticle[],
    rethrow?: (error: unknown, index: number) => unknown
  ): ArticleRow[];
  /** Audited; null when nothing changed. */
  edit(id: number, input: Record<string, unknown>, author: unknown): AuditEntry | null;
  remove(id: number, author: unknown, reason?: unknown): AuditEntry;
  /** Which articles of the result the article re-words, or is re-worded by. */
  derivedCopies(result: AnalysisResult, articleId: number): DerivedCopyReport;
}

export interface OutletRepository {
  get(id: number): OutletDetails | undefined;
  list(paging?: Paging): { items: OutletDetails[]; total: number };
  owners(): string[];
  ofOwner(owner: string, exceptId: number): { id: number; name: string }[];
  /** Events with articles from the outlet (analyzed again when it is renamed). */
  events(id: number): number[];
  edit(
    id: number,
    input: Record<string, unknown>,
    author: unknown
  ): { outlet: OutletDetails; audit: AuditEntry | null };
  merge(fromId: number, intoId: unknown, author: unknown, reason?: unknown): AuditEntry;
}

export interface AnalysisRepository {
  /** The queue's and the newest run's state, for the progress line. */
  status(eventId: number): AnalysisStatus;
  /** The newest done run's result with people's corrections applied; null before the first run. */
  corrected(eventId: number): CorrectedAnalysis | null;
  /** The event page's overview and charts, from the stored run. */
  dashboard(eventId: number, url: URL): EventDashboard | null;
  /** Queues the event for the analysis worker (durably; repeated requests coalesce). */
  schedule(eventId: number): void;
  /** Analyzes the event in this thread and stores the run (the CLI and scripts; never a request). */
  runNow(eventId: number): AnalysisRunInfo;
}

export interface CorrectionRepository {
  get(id: number): CorrectionRecord | undefined;
  /** Oldest first, undone ones included. */
  list(eventId: number, paging?: Paging): { items: CorrectionRecord[]; total: number };
  /** Validates (parseCorrection) and stores a correction with its audit entry. */
  add(eventId: number, input: unknown, author: unknown): { correction: CorrectionRecord; audit: AuditEntry };
  /** The facts the correction forms offer. */
  facts(
    eventId: number,
    analysis: CorrectedAnalysis | null,
    only?: string
  ): ReturnType<typeof correctionFacts>;
  notes(eventId: number, claimRefs?: string[]): FactNote[];
  addNote(eventId: number, claim: unknown, body: unknown, author: unknown): AuditEntry;
  /** The event's audit log (and its outlets' edits), newest first. */
  audit(eventId: number, paging?: Paging & { outlets?: boolean }): Page<AuditEntry>;
  /** Entries about one target ("article:12", "outlet:3", "correction:7"), newest first. */
  auditFor(target: string, paging?: Paging): Page<AuditEntry>;
  auditEntry(id: number): AuditEntry | undefined;
  /** A new entry reversing the given one; says which events to analyze again. */
  undo(entryId: number, author: unknown, reason?: unknown): UndoResult;
  /** For each entry that cannot be undone yet, the later entry to undo first. */
  undoBlockers(entries: AuditEntry[]): Map<number, UndoBlock>;
}

export interface Store {
  /** Changes whenever the stored data does (a write here, or a commit by the worker, the CLI, another process): what
   * caches of pages and view models are valid under. */
  revision(): string;
  events: EventRepository;
  articles: ArticleRepository;
  outlets: OutletRepository;
  analysis: AnalysisRepository;
  corrections: CorrectionRepository;
}
