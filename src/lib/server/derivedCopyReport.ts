// What the engine found about an article's wording and another article's (issue 3, step 8): the article looks
// re-worded from a source, or others look re-worded from it, with what each copy added, removed and changed.
import type { AnalysisResult, DerivedCopy } from '../analysis/types';
import { getArticle } from './store/sqlite/articles';
import type { Db } from './store/sqlite/db';

/** Sentences listed per kind of change; the rest are counted. */
const LIST_MAX = 8;

export interface ArticleRef {
  id: number;
  title: string;
  outlet: string;
}

export interface ListedChanges<T> {
  items: T[];
  /** How many were left out of `items`. */
  more: number;
}

export interface DerivedCopyReport {
  /** The source this article looks re-worded from, with its changes against it. */
  copyOf: {
    source: ArticleRef;
    overlap: number;
    added: ListedChanges<string>;
    removed: ListedChanges<string>;
    changed: ListedChanges<{ from: string; to: string }>;
  } | null;
  /** Articles that look re-worded from this one. */
  copiedBy: (ArticleRef & { overlap: number })[];
}

function listed<T>(items: T[]): ListedChanges<T> {
  return { items: items.slice(0, LIST_MAX), more: Math.max(0, items.length - LIST_MAX) };
}

function articleRef(db: Db, id: string): ArticleRef | null {
  const row = getArticle(db, Number(id));
  return row ? { id: row.id, title: row.title || 'Untitled article', outlet: row.outlet_name } : null;
}

export function derivedCopyReport(db: Db, result: AnalysisResult, articleId: number): DerivedCopyReport {
  const id = String(articleId);
  // An article has one source at most in the engine's output; the strongest wins if that ever changes.
  const asCopy = result.derived
    .filter((d) => d.article === id)
    .sort((x, y) => y.overlap - x.overlap)
    .at(0) as DerivedCopy | undefined;
  const source = asCopy ? articleRef(db, asCopy.source) : null;
  const copiedBy = result.derived
    .filter((d) => d.source === id)
    .flatMap((d) => {
      const ref = articleRef(db, d.article);
      return ref ? [{ ...ref, overlap: d.overlap }] : [];
    })
    .sort((x, y) => y.overlap - x.overlap || x.id - y.id);
  return {
    copyOf:
      asCopy && source
        ? {
            source,
            overlap: asCopy.overlap,
            added: listed(asCopy.added),
            removed: listed(asCopy.removed),
            changed: listed(asCopy.changed)
          }
        : null,
    copiedBy
  };
}
