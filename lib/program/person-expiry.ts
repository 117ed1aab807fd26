// What a change to a person's own record makes stale: every programme page
// (staleAfterProgramChange: sessions list their people, the speakers index
// lists them all) and the person's speaker pages under each slug it had
// before and after the save, in both locales, for the edge refresh.
import type { Stale } from "@/lib/revalidate";
import { locales } from "@/lib/site-config";
import { staleAfterProgramChange } from "./expiry";
import { programPaths } from "./paths";

export function staleAfterPersonChange(slugs: string[]): Stale {
  const base = staleAfterProgramChange();
  const paths = new Set(base.paths);
  for (const slug of new Set(slugs)) for (const locale of locales) paths.add(programPaths.speaker(locale, slug));
  return { tags: base.tags, paths: [...paths] };
}
