// What a change to a programme session makes stale: every programme view reads
// one snapshot under the tag `program` (lib/data/program.ts), so the tag is
// the whole expiry; the sitemap's files read the same snapshot and carry it
// too. `paths` are the public pages nginx may hold a copy of, to refresh at
// the edge (lib/edge-refresh.ts): the programme and the session's days (before
// and after a move), the session's pages, the speakers index and the pages of
// everyone on the session before and after the save, and the home pages, which
// show what is on next. Calendars and the JSON
// are answered per request (with 304s), so the edge holds no copy of them.
import { cacheTags } from "@/db/cache-tags";
import type { Stale } from "@/lib/revalidate";
import { locales } from "@/lib/site-config";
import { paths as sitePaths } from "@/lib/urls";
import { programPaths } from "./paths";

export type SessionChange = {
  code: string;
  /** Slugs per locale after the save, and before it where they changed. */
  slug: { en: string; ru: string };
  oldSlug?: { en: string; ru: string };
  /** Local days (YYYY-MM-DD) before and after. */
  days: string[];
  /** Slugs of the people on the session before and after the save. */
  peopleSlugs: string[];
};

export function staleAfterSessionSave(change: SessionChange): Stale {
  const paths = new Set<string>();
  for (const locale of locales) {
    paths.add(sitePaths.home(locale));
    paths.add(programPaths.program(locale));
    for (const day of change.days) paths.add(programPaths.day(locale, day));
    paths.add(programPaths.session(locale, { code: change.code, slug: change.slug }));
    if (change.oldSlug) paths.add(programPaths.session(locale, { code: change.code, slug: change.oldSlug }));
    paths.add(programPaths.speakers(locale));
    for (const slug of change.peopleSlugs) paths.add(programPaths.speaker(locale, slug));
  }
  return { tags: [cacheTags.program], paths: [...paths] };
}

/** A change of the edition, a hall, track, format or a person's own record: every programme page (and home). */
export function staleAfterProgramChange(): Stale {
  return { tags: [cacheTags.program], paths: locales.flatMap((l) => [sitePaths.home(l), programPaths.program(l), programPaths.speakers(l)]) };
}
