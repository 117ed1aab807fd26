// What a change to a partner, a role or a logo makes stale: the `partners` tag,
// which every public page carries (the footer's partner wall, the partners
// page). Of those pages the edge (nginx, lib/edge-refresh.ts) is refreshed for
// the ones that show the wall most: home and the partners page in both
// locales. Every other page's edge copy follows within its 1-2 s lifetime.
import { cacheTags } from "@/db/cache-tags";
import type { Stale } from "@/lib/revalidate";
import { locales } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export const partnersStale: Stale = {
  tags: [cacheTags.partners],
  paths: locales.flatMap((locale) => [paths.home(locale), paths.partners(locale)]),
};
