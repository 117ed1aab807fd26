import "server-only";
// The programme's addresses for the sitemap, in both locales with hreflang
// between the two versions of each page: the programme, its days, each
// session with a page, the speakers index and each speaker (consented people
// only: the snapshot holds no others). None while the programme is hidden.
// Reading the snapshot tags the sitemap response with `program`, so a save
// of the programme expires it.
import { getPublicProgram } from "@/lib/data/program";
import type { SitemapUrl } from "@/lib/feeds/sitemap";
import { programPaths } from "@/lib/program/paths";
import { hasPage, indexProgram } from "@/lib/program/view";
import { hreflangLinks } from "@/lib/hreflang";
import { locales, type Locale } from "@/lib/site-config";
import { absoluteUrl } from "@/lib/urls";

/** Both locales' entries, with the same hreflang links (x-default too) as the pages' <head>. */
function bilingual(pathOf: (locale: Locale) => string, lastModified?: string): SitemapUrl[] {
  const alternates = hreflangLinks(Object.fromEntries(locales.map((l) => [l, pathOf(l)])));
  return locales.map((l) => ({ loc: absoluteUrl(pathOf(l)), alternates, ...(lastModified ? { lastModified } : {}) }));
}

export async function programSitemapUrls(): Promise<SitemapUrl[]> {
  const snapshot = await getPublicProgram();
  if (!snapshot) return [];
  const index = indexProgram(snapshot);
  return [
    ...bilingual(programPaths.program),
    ...snapshot.days.flatMap((day) => bilingual((l) => programPaths.day(l, day))),
    ...snapshot.sessions.filter((s) => hasPage(index, s)).flatMap((s) => bilingual((l) => programPaths.session(l, s), s.updatedAt)),
    ...bilingual(programPaths.speakers),
    ...snapshot.people.flatMap((p) => bilingual((l) => programPaths.speaker(l, p.slug), p.updatedAt)),
  ];
}
