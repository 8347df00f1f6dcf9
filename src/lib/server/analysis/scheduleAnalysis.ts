import { getDb } from '../db';
import { createAnalysisQueue } from './createAnalysisQueue';
import { runAnalysis } from './runAnalysis';

/** The web app's queue: runs on the shared connection. */
export const analysisQueue = createAnalysisQueue(getDb, (db, eventId) => runAnalysis(db, eventId));

/** Analyses the event in the background (one run per event at a time; repeated requests coalesce). */
export function scheduleAnalysis(eventId: number): void {
  analysisQueue.schedule(eventId);
}

/** Call after articles were added to (or removed from) an event: re-analyses it in the background. */
export function afterArticlesAdded(eventId: number): void {
  scheduleAnalysis(eventId);
}
