import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { RIVERTON_EVENT, seedEventThroughApp } from '../fixtures/analysisFixtureB';

const dbPath = join(process.env.PARALLAX_E2E_DB_DIR!, 'e2e.sqlite');
let eventId = 0;

test.beforeAll(() => {
  eventId = seedEventThroughApp(dbPath, RIVERTON_EVENT);
});

/** Runs a query against the latest done run of the test event. */
function fromDb<T>(query: (db: Database.Database, runId: number) => T): T {
  const db = new Database(dbPath, { readonly: true });
  try {
    const run = db
      .prepare("SELECT id FROM analysis_runs WHERE event_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1")
      .get(eventId) as { id: number };
    return query(db, run.id);
  } finally {
    db.close();
  }
}

interface DbDiscrepancy {
  fact: string;
  type: string;
  valueA: string;
  valueB: string;
}

function discrepanciesInDb(): DbDiscrepancy[] {
  return fromDb((db, run) =>
    db
      .prepare(
        `SELECT g.engine_id AS "fact", d.type, d.value_a AS valueA, d.value_b AS valueB
         FROM discrepancies d JOIN facts g ON g.id = d.fact_id WHERE g.run_id = ? ORDER BY g.position`
      )
      .all(run)
  ) as DbDiscrepancy[];
}

function factClaimsInDb(fact: string): { outlet: string; text: string }[] {
  return fromDb((db, run) =>
    db
      .prepare(
        `SELECT o.name AS outlet, c.text FROM facts g
         JOIN fact_claims gc ON gc.fact_id = g.id JOIN claims c ON c.id = gc.claim_id
         JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id
         WHERE g.run_id = ? AND g.engine_id = ? ORDER BY gc.position`
      )
      .all(run, fact)
  ) as { outlet: string; text: string }[];
}

function absentInDb(fact: string): string[] {
  return fromDb((db, run) =>
    (
      db
        .prepare(
          `SELECT v.outlet FROM fact_verdicts v JOIN facts g ON g.id = v.fact_id
           WHERE g.run_id = ? AND g.engine_id = ? AND v.verdict = 'absent'`
        )
        .all(run, fact) as { outlet: string }[]
    ).map((r) => r.outlet)
  );
}

/** The claim wordings shown for an outlet on the fact page, without the ✕ cues after marked values. */
async function claimTexts(page: Page, outlet: string): Promise<string[]> {
  return page.locator(`article[data-outlet="${outlet}"] .claim`).evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cue').forEach((c) => c.remove());
      return copy.textContent ?? '';
    })
  );
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  ).toEqual([]);
}

test('the fact page shows every outlet’s wording and the differing values', async ({ page }) => {
  const discrepancies = discrepanciesInDb();
  expect(discrepancies.length, 'the test event has a discrepancy (3,000 vs 2,500)').toBeGreaterThan(0);
  const d = discrepancies[0];
  await page.goto(`/events/${eventId}/facts/${encodeURIComponent(d.fact)}`);
  const claims = factClaimsInDb(d.fact);
  for (const claim of claims) {
    expect(await claimTexts(page, claim.outlet)).toContain(claim.text);
  }
  await expect(page.locator('article[data-outlet]')).toHaveCount(new Set(claims.map((c) => c.outlet)).size);
  const explained = page.locator(`[data-discrepancy="${d.type}"]`).first();
  await expect(explained).toContainText(d.valueA);
  await expect(explained).toContainText(d.valueB);
  await expect(explained).toContainText(`a ${d.type} discrepancy`);
  // The values are marked inside the claim text too.
  const marks = page.locator('article[data-outlet] mark');
  expect(await marks.count()).toBeGreaterThanOrEqual(1);
  for (const outlet of absentInDb(d.fact)) {
    await expect(page.locator(`[data-absent-outlet="${outlet}"]`)).toHaveCount(1);
  }
  await expectNoSeriousAxeViolations(page);
});

test('every fact page lists the outlets that leave the fact out', async ({ page }) => {
  const facts = fromDb((db, run) =>
    (
      db
        .prepare('SELECT engine_id FROM facts WHERE run_id = ? AND non_claim = 0 ORDER BY position')
        .all(run) as { engine_id: string }[]
    ).map((g) => g.engine_id)
  );
  for (const fact of facts.slice(0, 4)) {
    await page.goto(`/events/${eventId}/facts/${encodeURIComponent(fact)}`);
    await expect(page.locator('[data-absent-outlet]')).toHaveCount(absentInDb(fact).length);
    for (const { outlet, text } of factClaimsInDb(fact)) {
      await expect(page.locator(`article[data-outlet="${outlet}"]`)).toHaveCount(1);
      expect(await claimTexts(page, outlet)).toContain(text);
    }
  }
});

test('an unknown fact id is a 404 with a clear message', async ({ page }) => {
  const response = await page.goto(`/events/${eventId}/facts/no-such-fact`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('body')).toContainText('no-such-fact');
});

for (const width of [390, 1280, 1920])
  test(`a fact page looks as it did: ${width} px`, async ({ page }) => {
    const d = discrepanciesInDb()[0];
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await page.goto(`/events/${eventId}/facts/${encodeURIComponent(d.fact)}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveScreenshot(`fact-${width}.png`, {
      fullPage: true,
      mask: [page.locator('time')]
    });
  });

// The overview charts are mounted into the event page by the lead; until then these tests skip.
test.describe('overview charts match the database', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/events/${eventId}`);
    const mounted = await page.locator('[data-chart="certainty-profile"]').count();
    if (!mounted)
      console.log('certainty-profile / shared-facts / timeline are not mounted on /events/[id] yet');
    test.skip(!mounted, 'the overview charts are not mounted on the event page yet');
  });

  test('certainty-profile: one segment per outlet and certainty with the stored claim counts', async ({
    page
  }) => {
    const counts = fromDb((db, run) =>
      db
        .prepare(
          `SELECT o.name AS outlet, c.certainty, count(*) AS n FROM claims c
           JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id
           WHERE c.run_id = ? AND c.kind = 'claim' GROUP BY o.name, c.certainty`
        )
        .all(run)
    ) as { outlet: string; certainty: string; n: number }[];
    const chart = page.locator('[data-chart="certainty-profile"]');
    await expect(chart.locator('[data-certainty]')).toHaveCount(counts.length);
    for (const c of counts) {
      await expect(
        chart.locator(`[data-outlet="${c.outlet}"][data-certainty="${c.certainty}"]`)
      ).toHaveAttribute('data-count', String(c.n));
    }
  });

  test('certainty-profile: every count reads on its segment (contrast at least 4.5:1)', async ({ page }) => {
    const pairs = await page
      .locator('[data-chart="certainty-profile"] g[data-certainty]')
      .evaluateAll((facts) =>
        facts
          .filter((g) => g.querySelector('text.count'))
          .map((g) => ({
            text: getComputedStyle(g.querySelector('text.count')!).fill,
            back: getComputedStyle(g.querySelector('rect')!).fill
          }))
      );
    expect(pairs.length).toBeGreaterThan(0);
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const { text, back } of pairs) {
      const [hi, lo] = [luminance(text), luminance(back)].sort((x, y) => y - x);
      expect((hi + 0.05) / (lo + 0.05), `${text} on ${back}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('shared-facts: the two axis titles do not overlap', async ({ page }) => {
    const boxes = await page
      .locator('[data-chart="shared-facts"] svg text.axis')
      .evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(2);
    const [a, b] = boxes as DOMRect[];
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlap).toBe(false);
  });

  test('shared-facts: combination bars add up to the facts, set bars to each outlet’s facts', async ({
    page
  }) => {
    const facts = fromDb((db, run) =>
      db
        .prepare(
          `SELECT v.outlet, count(*) AS n FROM fact_verdicts v JOIN facts g ON g.id = v.fact_id
           WHERE g.run_id = ? AND g.non_claim = 0 AND v.verdict != 'absent' GROUP BY v.outlet`
        )
        .all(run)
    ) as { outlet: string; n: number }[];
    const total = fromDb(
      (db, run) =>
        (
          db.prepare('SELECT count(*) AS n FROM facts WHERE run_id = ? AND non_claim = 0').get(run) as {
            n: number;
          }
        ).n
    );
    const chart = page.locator('[data-chart="shared-facts"]');
    const combos = chart.locator('[data-combination]');
    const sum = (
      await combos.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))
    ).reduce((a, b) => a + b, 0);
    expect(sum).toBe(total);
    for (const f of facts) {
      await expect(chart.locator(`rect.set-bar[data-outlet="${f.outlet}"]`)).toHaveAttribute(
        'data-count',
        String(f.n)
      );
    }
    await combos.first().click();
    await expect(page).toHaveURL(/combo=/);
    const first = await combos.first().getAttribute('data-count');
    await expect(chart.locator('[data-selected-combination] [data-fact]')).toHaveCount(Number(first));
  });

  test('timeline: a dot per dated article, undated ones listed apart', async ({ page }) => {
    const { dated, undated } = fromDb((db) => {
      const rows = db.prepare('SELECT published_at FROM articles WHERE event_id = ?').all(eventId) as {
        published_at: string | null;
      }[];
      return {
        dated: rows.filter((r) => r.published_at).length,
        undated: rows.filter((r) => !r.published_at).length
      };
    });
    const chart = page.locator('[data-chart="timeline"]');
    await expect(chart.locator('a[data-article]')).toHaveCount(dated);
    await expect(chart.locator('[data-undated-article]')).toHaveCount(undated);
  });

  test('the event page with the charts passes axe', async ({ page }) => {
    await expectNoSeriousAxeViolations(page);
  });
});
