// The programme's size budgets (issue 9) on the large edition: the
// demo forum (header, footer, partner wall) with a generated current edition
// of 150 sessions and 400 people (scripts/bench/program-corpus.ts), rendered
// by the route handlers' own functions. Every programme page stays within
// 60 KB of gzip and loads no JavaScript: its only <script> elements are
// JSON-LD (data), so it adds nothing to the App Router's baseline (it loads
// not even that). `npm run bench` measures the same pages through a server,
// with their render times; sizes are asserted here because they do not flake.
//
// A database of its own: the generated edition is made current, and its 400
// people would be seen by the other files' programme tests.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "@/db/client";
import { seedDemoContent } from "@/lib/seed/demo-content";
import { insertProgramCorpus } from "../../scripts/bench/program-corpus";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Next's data cache needs a running server: here every read goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => fn }));
// next-intl's server functions need the React Server Components build (support/next-stand-ins.ts).
vi.mock("next-intl/server", async () => (await import("./support/next-stand-ins")).nextIntlServerStandIn());
// The stylesheet and fonts come from a build's manifests; these stand for them
// (a production build links one stylesheet and two preloaded fonts).
vi.mock("@/lib/html/document-assets", () => ({
  documentAssets: async () => ({
    htmlClassName: "inter_latin__a1b2c3 inter_cyrillic__d4e5f6",
    stylesheets: ["/_next/static/chunks/0123456789abcdef.css"],
    fontPreloads: [
      { href: "/_next/static/media/0123456789abcdef-s.p.woff2", type: "font/woff2" },
      { href: "/_next/static/media/fedcba9876543210-s.p.woff2", type: "font/woff2" },
    ],
  }),
}));

const SESSIONS = 150;
const PEOPLE = 400;
const GZIP_BUDGET = 60 * 1024;

let database: TestDatabase;
const previousUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  database = await createTestDatabase("podium_progbudget");
  const { db, pool } = createDb(database.url, { max: 2 });
  try {
    await seedDemoContent(db);
    await insertProgramCorpus(db, { sessions: SESSIONS, people: PEOPLE });
  } finally {
    await pool.end();
  }
  // getDb() (db/index.ts) reads DATABASE_URL on first use, which is after this.
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await database?.drop(); // WITH (FORCE): the app's pool (db/index.ts) is still open
});

async function page(path: string): Promise<string> {
  const { programResponse } = await import("@/lib/program/documents/program-document");
  const { speakersResponse } = await import("@/lib/program/documents/speakers-document");
  const [, locale, kind, day] = path.split("/") as [string, string, string, string | undefined];
  const response = kind === "speakers" ? await speakersResponse(locale, null, null) : await programResponse(locale, day ?? null, null, null);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** Every <script> element, and those that are JSON-LD (structured data, never run). */
function scripts(html: string) {
  const all = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  return { all, code: all.filter((tag) => !/^<script type="application\/ld\+json">$/.test(tag)) };
}

describe(`the programme at ${SESSIONS} sessions and ${PEOPLE} people`, () => {
  it.each(["/en/program", "/ru/program"])("%s shows every session within 60 KB of gzip and loads no script", async (path) => {
    const html = await page(path);
    // The whole programme, not a 404 or an empty page: every session and every day.
    expect(html.match(/<article class="session[ "]/g)).toHaveLength(SESSIONS);
    expect(html.match(/<h2 id="day-/g)).toHaveLength(3);
    const gzip = gzipSync(Buffer.from(html)).length;
    expect(gzip, `${path}: ${gzip} bytes of gzip`).toBeLessThanOrEqual(GZIP_BUDGET);
    expect(scripts(html).all.length).toBeGreaterThan(0); // the JSON-LD: the pattern does find script tags
    expect(scripts(html).code).toEqual([]);
  });

  it("a day page and the speakers index stay within 60 KB of gzip and load no script", async () => {
    const day = await page("/en/program/2026-05-21");
    expect(day.match(/<article class="session[ "]/g)).toHaveLength(SESSIONS / 3);
    const speakers = await page("/en/speakers");
    expect(speakers.match(/href="\/en\/speakers\/bench-person-/g)?.length).toBeGreaterThanOrEqual(PEOPLE * 0.9);
    for (const html of [day, speakers]) {
      expect(gzipSync(Buffer.from(html)).length).toBeLessThanOrEqual(GZIP_BUDGET);
      expect(scripts(html).code).toEqual([]);
    }
  });
});
