// The publish path as staff live it: an editor changes an article's title in
// the admin (a real Chromium, the real form and server action), and we time
// from the click on "Save" until the new title is served by the public article
// page and by the first page of the news feed (both polled over HTTP, as a
// visitor would load them).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import type { Database } from "@/db/client";
import { upsertStaffUser } from "@/db/queries/staff-users";
import { hashPassword } from "@/lib/auth/passwords";

const EMAIL = "bench-editor@bench.example";
const PASSWORD = "bench-editor-password-1";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export async function createBenchEditor(db: Database): Promise<void> {
  await upsertStaffUser(db, { email: EMAIL, name: "Bench editor", role: "editor", passwordHash: await hashPassword(PASSWORD) });
}

async function waitForText(url: string, text: string, timeoutMs = 10_000): Promise<number> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const body = await (await fetch(url)).text();
    if (body.includes(text)) return performance.now();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`"${text}" did not appear at ${url} within ${timeoutMs} ms`);
}

export type PublishTimes = { saves: number; articleMedianMs: number; feedMedianMs: number; bothMedianMs: number; maxMs: number };

/** Saves a new title `times` times; answers the medians from click to visible. */
export async function measurePublishPath(base: string, article: { id: number; path: string; feedPath: string }, times = 20): Promise<PublishTimes> {
  const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ baseURL: base });
    await page.goto("/admin/login");
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin\/news/);
    await page.goto(`/admin/news/${article.id}`);
    const title = page.getByLabel("Title", { exact: true });
    const original = await title.inputValue();
    const articleMs: number[] = [];
    const feedMs: number[] = [];
    const bothMs: number[] = [];
    for (let i = 0; i < times; i++) {
      const next = `${original} (edit ${i + 1} ${Date.now().toString(36)})`;
      const version = await page.locator('input[name="version"]').inputValue();
      await title.fill(next);
      const clicked = performance.now();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      const [onArticle, onFeed] = await Promise.all([waitForText(base + article.path, next), waitForText(base + article.feedPath, next)]);
      articleMs.push(onArticle - clicked);
      feedMs.push(onFeed - clicked);
      bothMs.push(Math.max(onArticle, onFeed) - clicked);
      // The form takes the saved version back before the next edit (optimistic locking).
      await page.waitForFunction((before) => (document.querySelector('input[name="version"]') as HTMLInputElement | null)?.value !== before, version);
    }
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      saves: times,
      articleMedianMs: round(median(articleMs)),
      feedMedianMs: round(median(feedMs)),
      bothMedianMs: round(median(bothMs)),
      maxMs: round(Math.max(...bothMs)),
    };
  } finally {
    await browser.close();
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
}
