// The engine's memory of recent runs, one EngineContext per event, held by whoever runs analyses (the analysis
// worker, the in-thread queue): re-analyzing an event after an article was added then compares only the new
// article's claims. Bounded to the `limit` most recently analyzed events (least recently used dropped first);
// an event whose context was dropped is re-analyzed from its stored result, which gives the same output.
import { createEngineContext, type EngineContext } from '../../analysis/engineContext';

export interface EngineContexts {
  /** The event's context, made on first use; marks the event most recently used. */
  of(eventId: number): EngineContext;
  /** Event ids with a context, least recently used first. */
  events(): number[];
}

/** 8 events: a few recent events' memories (tens of MB each at most) while an editor works through them. */
export const CONTEXTS_KEPT = 8;

export function createEngineContexts(limit = CONTEXTS_KEPT): EngineContexts {
  const byEvent = new Map<number, EngineContext>();
  return {
    of(eventId) {
      let context = byEvent.get(eventId);
      if (context) byEvent.delete(eventId);
      else context = createEngineContext();
      byEvent.set(eventId, context);
      while (byEvent.size > limit) byEvent.delete(byEvent.keys().next().value as number);
      return context;
    },
    events: () => [...byEvent.keys()]
  };
}
