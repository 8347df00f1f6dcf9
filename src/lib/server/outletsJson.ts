import type { OutletDetails } from './store/sqlite/outletEdits';

/** An outlet as the API shows it. */
export function outletJson(o: OutletDetails) {
  return {
    id: o.id,
    name: o.name,
    domain: o.domain,
    country: o.country,
    kind: o.kind,
    owner: o.owner,
    mergedInto: o.merged_into,
    articles: o.articles,
    events: o.events
  };
}
