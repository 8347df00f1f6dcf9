// Leave-one-event-out alignment models for the evaluation: for each facts-dev event, the alignment model and its
// grouping thresholds fitted on the OTHER events (scripts/lib/alignTraining.ts, as `npm run train` does on all of
// them). Every engine score eval prints on a dev topic comes from the model that never saw that topic's event.
import type { AlignModel } from '../../src/lib/analysis/alignModel';
import { fitAlignModel, trainingEvent } from '../lib/alignTraining';
import type { LoadedFactsEvent } from './evalFacts';

export interface HeldOutModels {
  /** Per held-out event id ("21_ecbplus"): the model fitted without it, and its in-sample align F1 on the rest. */
  byEvent: Map<string, { model: AlignModel; trainF1: number }>;
  /** The model that never saw the facts-dev event of this ECB+ sub-topic's topic ("21_ecb" -> without 21_ecbplus). */
  modelFor(subtopic: string): AlignModel;
}

export function heldOutModels(events: LoadedFactsEvent[]): HeldOutModels {
  const training = events.map(trainingEvent);
  const byEvent = new Map(
    training.map((held) => [held.loaded.event.event, fitAlignModel(training.filter((e) => e !== held))])
  );
  return {
    byEvent,
    modelFor(subtopic) {
      const event = `${subtopic.split('_')[0]}_ecbplus`;
      const fitted = byEvent.get(event);
      if (!fitted)
        throw new Error(`no held-out alignment model for ${subtopic}: ${event} is not a facts-dev event`);
      return fitted.model;
    }
  };
}
