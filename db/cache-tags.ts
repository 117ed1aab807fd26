// Cache tags of the public pages' data. Each cached read carries the tags of
// exactly what it shows, and an admin save expires exactly the tags of what it
// changed (lib/news/expiry.ts), so one edit re-renders the pages that show the
// edited article and nothing else. Nothing expires on a timer: a scheduled
// article goes public through lib/cache/publication-scheduler.ts.
import type { Locale } from "@/db/queries/types";

export const cacheTags = {
  /** The lists of one locale: home's latest news, the feed pages, their count, RSS. */
  newsList: (locale: Locale) => `news-list:${locale}`,
  /**
   * One article page's data, by the address it is looked up at (unstable_cache
   * tags are known before the lookup, so they can only name its arguments). A
   * save expires the article's current and old slugs and its translations' slugs.
   */
  articleSlug: (locale: Locale, slug: string) => `news-slug:${locale}:${slug}`,
  /** Which ids are public (the number of sitemap files): a publish, unpublish or delete. */
  sitemapIds: "sitemap-ids",
  /** One sitemap file, e.g. `sitemap:news-1.xml`. */
  sitemapFile: (name: string) => `sitemap:${name}`,
  partners: "partners",
  /**
   * The current edition's programme: every programme page, calendar and
   * /program.json, the speaker pages and the programme's sitemap entries are
   * views of one snapshot carrying this tag (lib/data/program.ts). A save of a
   * session, person, hall or the edition expires it: a session's change shows on
   * the programme, its day, its page, its people's pages and every feed at once,
   * and the few hundred pages re-render lazily from one fresh read.
   */
  program: "program",
  pages: "pages",
  media: (id: number) => `media:${id}`,
} as const;
