// An editor at work in a real Chromium (the real login form, the real article
// form and its server action), as scripts/bench/publish.ts drives it: signed
// in on one instance, saving new titles there.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";
import { editor } from "./database";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export type SaveResult = { outcome: "saved" | "error" | "timeout"; message: string; clickedAt: number; /** When the form showed its verdict. */ doneAt: number };

export type Editor = {
  open: (articleId: number) => Promise<string>;
  /** Types `title`, clicks Save; resolves once the click happened (clickedAt), with a promise of the form's verdict. */
  saveTitle: (title: string, timeoutMs?: number) => Promise<{ clickedAt: number; verdict: Promise<SaveResult> }>;
  close: () => Promise<void>;
};

export async function signInEditor(base: string): Promise<Editor> {
  const browser: Browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: CHROMIUM_ARGS });
  try {
    const page: Page = await browser.newPage({ baseURL: base });
    await page.goto("/admin/login");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/admin") && !url.pathname.startsWith("/admin/login"), { timeout: 30_000 });
    return {
      open: async (articleId) => {
        await page.goto(`/admin/news/${articleId}`);
        return page.getByLabel("Title", { exact: true }).inputValue();
      },
      saveTitle: async (title, timeoutMs = 15_000) => {
        const version = await page.locator('input[name="version"]').inputValue();
        await page.getByLabel("Title", { exact: true }).fill(title);
        const clickedAt = performance.now();
        await page.getByRole("button", { name: "Save", exact: true }).click();
        // The form takes the saved version back (optimistic locking), or shows an error.
        const verdict = (async (): Promise<SaveResult> => {
          const saved = page
            .waitForFunction((before) => (document.querySelector('input[name="version"]') as HTMLInputElement | null)?.value !== before, version, { timeout: timeoutMs })
            .then(() => ({ outcome: "saved" as const, message: "" }));
          const failed = page
            .locator(".form-error[role=alert]")
            .first()
            .waitFor({ timeout: timeoutMs })
            .then(async () => ({ outcome: "error" as const, message: (await page.locator(".form-error[role=alert]").first().innerText()).trim() }));
          const result = await Promise.any([saved, failed]).catch(() => ({ outcome: "timeout" as const, message: `no verdict within ${timeoutMs} ms` }));
          return { ...result, clickedAt, doneAt: performance.now() };
        })();
        return { clickedAt, verdict };
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
