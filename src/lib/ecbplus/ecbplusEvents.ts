import { articleHeadline } from '../analysis/articleHeadline';
import type { EventInput } from '../analysis/types';
import type { EcbDocument } from './parseEcbDocument';

/** A document's headline: its first sentence that is not page furniture (articleHeadline). */
export function ecbplusHeadline(doc: EcbDocument): string | undefined {
  return articleHeadline(doc.sentences.map((s) => s.text));
}

/** Outlet for an ECB+ article: its URL's site when the corpus kept it (ecbplus files), else a per-document name. */
function outletOf(doc: EcbDocument): string {
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '');
    } catch {
      // Some ECB+ URLs are truncated; fall through to the document name.
    }
  }
  return `Unnamed source (${doc.name})`;
}

/**
 * Groups parsed ECB+ documents into events: one per topic and sub-topic, since the `ecb` and `ecbplus`
 * documents of a topic report two different real-world events.
 */
export function ecbplusEvents(docs: EcbDocument[]): EventInput[] {
  const byEvent = new Map<string, EcbDocument[]>();
  for (const d of docs) {
    const key = `${d.topic}_${d.subtopic}`;
    if (!byEvent.has(key)) byEvent.set(key, []);
    byEvent.get(key)!.push(d);
  }
  const docNumber = (d: EcbDocument) => Number(/_(\d+)/.exec(d.name)?.[1] ?? 0);
  return [...byEvent.entries()]
    .sort(([, a], [, b]) => a[0].topic - b[0].topic || a[0].subtopic.localeCompare(b[0].subtopic))
    .map(([, group]) => {
      group.sort((a, b) => docNumber(a) - docNumber(b));
      const first = group[0];
      const headline = ecbplusHeadline(first)?.slice(0, 120) ?? first.name;
      return {
        event: { title: `${headline} (ECB+ topic ${first.topic}${first.subtopic === 'ecbplus' ? '+' : ''})` },
        articles: group.map((d) => ({
          id: d.name,
          outlet: outletOf(d),
          title: ecbplusHeadline(d)?.slice(0, 300),
          url: d.url && /^https?:\/\//.test(d.url) ? d.url : undefined,
          text: d.text
        }))
      };
    });
}
