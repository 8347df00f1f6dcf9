// The stored analysis of a test event as the API returns it: claims, facts, and ways to find a claim's fact.
// Corrections name claims by anchor (article id, start, end), so tests compare anchors, not claim ids.
import { expect, type APIRequestContext } from '@playwright/test';

export interface ClaimJson {
  id: string;
  articleId: string;
  start: number;
  end: number;
  kind: string;
  text: string;
  outlet: string;
}

export interface FactJson {
  id: string;
  claims: string[];
  outlets: Record<string, string>;
  discrepancies: { type: string; values: [string, string] }[];
}

export const anchor = (c: ClaimJson) => `${c.articleId}:${c.start}-${c.end}`;

/** Waits until the event's analysis is done over `articles` articles. */
export async function analyzed(request: APIRequestContext, eventId: number, articles: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const e = await (await request.get(`/api/events/${eventId}`)).json();
        return e.analysis.state === 'done' && e.analysis.articlesTotal === articles;
      },
      { timeout: 45_000, intervals: [250, 500, 1000] }
    )
    .toBe(true);
}

export async function eventState(request: APIRequestContext, eventId: number) {
  const claims: ClaimJson[] = (await (await request.get(`/api/events/${eventId}/claims?limit=500`)).json())
    .items;
  const facts: FactJson[] = (await (await request.get(`/api/events/${eventId}/facts?limit=500`)).json())
    .items;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const factOf = (ref: string) => facts.find((g) => g.claims.some((id) => anchor(byId.get(id)!) === ref));
  const refsOf = (g: FactJson | undefined) => (g ? g.claims.map((id) => anchor(byId.get(id)!)).sort() : []);
  return { claims, facts, factOf, refsOf, byText: (t: RegExp) => claims.find((c) => t.test(c.text))! };
}
