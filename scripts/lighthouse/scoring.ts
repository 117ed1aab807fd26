// A Lighthouse category's score with some audits left out, for a page whose
// design a scored audit contradicts: the 404 page is noindex on purpose, and
// SEO's "is-crawlable" ("Page is blocked from indexing") counts that against it.
// Lighthouse scores a category as the weighted mean of its audits' scores,
// counting only audits that produced a score (not the not-applicable, manual or
// informative ones); this does the same over the audits that are left.

type Audit = { score: number | null; scoreDisplayMode: string };
type AuditRef = { id: string; weight: number };
type Category = { score: number | null; auditRefs: AuditRef[] };

/** Display modes whose score counts in a category (Lighthouse's own rule). */
const SCORED_MODES = new Set(["binary", "numeric", "metricSavings"]);

/** The category's score from 0 to 1 without `excluded`; null when nothing scored is left. */
export function categoryScoreWithout(category: Category, audits: Record<string, Audit | undefined>, excluded: ReadonlySet<string>): number | null {
  let weighted = 0;
  let weights = 0;
  for (const ref of category.auditRefs) {
    const audit = audits[ref.id];
    if (excluded.has(ref.id) || !audit || audit.score === null || ref.weight <= 0 || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
    weighted += audit.score * ref.weight;
    weights += ref.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

type ConsoleItem = { source?: string; description?: string; sourceLocation?: { url?: string } };

/**
 * Whether the console errors Lighthouse saw are only Chromium's log line for the
 * document's own 404 status ("Failed to load resource: … 404"), which every 404
 * page has: any other error (a script's, another resource's) still counts.
 */
export function onlyOwnStatusLogged(items: readonly ConsoleItem[], documentUrl: string): boolean {
  return items.every((item) => item.source === "network" && item.sourceLocation?.url === documentUrl && / 404 /.test(item.description ?? ""));
}
