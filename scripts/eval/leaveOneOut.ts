// Leave-one-event-out report for what is tuned on facts-dev: `npx tsx scripts/eval/leaveOneOut.ts`. For each
// held-out event it prints the grouping setting tuned on the other events and that event's align score, beside the
// setting tuned on all events (in-sample); the micro-averaged held-out score estimates unseen events. The
// discrepancy rules (compareValues) tune no number on facts-dev, so grouping is all there is to hold out.
import { groupingGrid, leaveOneEventOut } from '../lib/tuneGrouping';
import { formatTable } from './formatTable';

const { events, grid, scores } = await groupingGrid();
if (!events.length) {
  console.log('leave-one-event-out: facts-dev or ECB+ not found under ../shared/data; skipped.');
  process.exit(0);
}
const loo = leaveOneEventOut(scores);
const label = (k: number) => {
  const { threshold, minEdge, secondary } = grid[k];
  return `group ${threshold} minEdge ${minEdge} secondary ${Number.isFinite(secondary) ? secondary : '—'}`;
};
console.log(
  `Grouping settings (${grid.length} candidates) tuned on facts-dev, gold claim sentences as claims; align scores.`
);
console.log(
  formatTable(
    ['held-out event', 'setting tuned on the others', 'held-out F1', 'in-sample F1'],
    loo.heldOut.map((h, e) => [events[e].event.event, label(h.pick), h.score.f1, h.inSample.f1])
  )
);
console.log(
  `\nin-sample (${label(loo.best)}): P ${loo.inSample.precision.toFixed(3)} R ${loo.inSample.recall.toFixed(3)} ` +
    `F1 ${loo.inSample.f1.toFixed(3)}\nleave-one-event-out estimate: P ${loo.estimate.precision.toFixed(3)} ` +
    `R ${loo.estimate.recall.toFixed(3)} F1 ${loo.estimate.f1.toFixed(3)}`
);
