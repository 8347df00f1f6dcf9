// Which stored event a new article is about (issue 3, step 9), offered on the add-article form before adding.
import { assignThreshold, scoreEvents } from '../../../analysis/clusterArticles';
import { profileSentence } from '../../../analysis/profileSentence';
import type { Db } from './db';
import { getEvent } from './events';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';

/** Bounds that keep one suggestion well under a second: the most recently updated events, a few articles of
 * each, and the start of each text (an event's vocabulary shows in its first paragraphs). */
const MAX_EVENTS = 40;
const ARTICLES_PER_EVENT = 5;
const TEXT_CHARS = 6000;
/**
 * Another event is suggested only when the article is clearly closer to it: its similarity must beat this event's
 * by this much, and the article must not match this event's own title and description (TITLE_FIT of their
 * content words in it). The first article of a new event has no articles to be compared with, and a related
 * older event (another quake, another strike) is often "46% similar" to it.
 */
const MARGIN = 0.1;
const TITLE_FIT = 0.5;

export interface EventSuggestion {
  /** The event the article is most likely about, or null when none is close enough. */
  event: { id: number; title: string } | null;
  /** Similarity to that event (to the closest one when `event` is null), 0..1. */
  score: number;
  /** The closest event even when it is not close enough to suggest (null when no event has articles). */
  closest: { id: number; title: string } | null;
  /** Similarity to the event the person is adding to (null when it has no articles yet). */
  currentScore: number | null;
  /** Share of the content words of this event's title and description that the article uses (null without any). */
  titleFit: number | null;
  /** The article matches this event's title and description: no other event is suggested. */
  fitsTitle: boolean;
  /** How many events were compared. */
  compared: number;
}

const q = statements((db) => ({
  sample: db.prepare<
    [number, number, number, number],
    { event_id: number; event_title: string; title: string; text: string }
  >(`
    SELECT event_id, event_title, title, text FROM (
      SELECT a.event_id, e.title AS event_title, a.title, substr(a.text, 1, ?) AS text,
             row_number() OVER (PARTITION BY a.event_id ORDER BY a.id) AS k
      FROM articles a JOIN events e ON e.id = a.event_id
      WHERE a.removed_at IS NULL
        AND a.event_id IN (SELECT id FROM (SELECT id FROM events ORDER BY updated_at DESC, id DESC LIMIT ?)
                           UNION SELECT ?))
    WHERE k <= ?
    ORDER BY event_id, k`)
}));

/** Suggests the event an article belongs to among the stored ones; `currentEventId` is always compared. */
export function suggestEvent(
  db: Db,
  article: { title?: string; text: string },
  currentEventId: number
): EventSuggestion {
  const text = article.text.trim();
  if (!text)
    throw new ValidationError('Paste the article text first, then ask which event it is about.', 'text');
  const events = new Map<number, { title: string; articles: { title: string; text: string }[] }>();
  for (const row of q(db).sample.all(TEXT_CHARS, MAX_EVENTS, currentEventId, ARTICLES_PER_EVENT)) {
    const entry = events.get(row.event_id) ?? { title: row.event_title, articles: [] };
    entry.articles.push({ title: row.title, text: row.text });
    events.set(row.event_id, entry);
  }
  const ids = [...events.keys()];
  const input = { title: article.title?.trim() || undefined, text: text.slice(0, TEXT_CHARS) };
  const scores = scoreEvents(
    input,
    ids.map((id) => ({ id: String(id), articles: events.get(id)!.articles }))
  );
  const round = (x: number) => Math.round(x * 1000) / 1000;
  let best = -1;
  scores.forEach((s, k) => {
    if (best < 0 || s.score > scores[best].score) best = k;
  });
  const closest = best < 0 ? null : { id: ids[best], title: events.get(ids[best])!.title };
  const bestScore = best < 0 ? 0 : scores[best].score;
  const current = ids.indexOf(currentEventId);
  const currentScore = current < 0 ? null : scores[current].score;
  const titleFit = fitToTitle(db, currentEventId, input);
  const fitsTitle = titleFit !== null && titleFit >= TITLE_FIT;
  const another = closest !== null && closest.id !== currentEventId;
  const clearlyElsewhere = !another || (bestScore >= (currentScore ?? 0) + MARGIN && !fitsTitle);
  return {
    event: closest && bestScore >= assignThreshold() && clearlyElsewhere ? closest : null,
    closest,
    score: round(bestScore),
    currentScore: currentScore === null ? null : round(currentScore),
    titleFit: titleFit === null ? null : round(titleFit),
    fitsTitle,
    compared: ids.length
  };
}

/** Share of the distinct content words of the event's title and description that the article's title or text uses. */
function fitToTitle(db: Db, eventId: number, article: { title?: string; text: string }): number | null {
  const event = getEvent(db, eventId);
  if (!event) return null;
  const named = new Set(profileSentence(`${event.title}. ${event.description}`).lemmas);
  if (named.size === 0) return null;
  const used = new Set(profileSentence(`${article.title ?? ''}. ${article.text}`).lemmas);
  let shared = 0;
  for (const w of named) if (used.has(w)) shared++;
  return shared / named.size;
}
