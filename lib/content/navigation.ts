// The event pages' titles for the site header, read once per process in
// production: the header is on every page, and reading and parsing four files
// each time cost about 3 ms of every render (npm run bench's miss profile).
// content/ is deployed with the code, so it cannot change under a running
// server; in development it is read each time so edits show at once.
import { listPages, type PageMeta } from "./pages";
import type { Locale } from "@/lib/site-config";

const memo = new Map<Locale, Promise<PageMeta[]>>();

export function navigationPages(locale: Locale): Promise<PageMeta[]> {
  if (process.env.NODE_ENV !== "production") return listPages(locale);
  let pages = memo.get(locale);
  if (!pages) {
    pages = listPages(locale);
    // A failed read is not kept: the next render tries again.
    pages.catch(() => memo.delete(locale));
    memo.set(locale, pages);
  }
  return pages;
}
