import { defaultLocale, isLocale, type Locale } from "@/lib/site-config";

/**
 * The best of our locales for an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"):
 * highest q first, then header order; the default when nothing matches.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranges.find((r) => isLocale(r.language));
  return match && isLocale(match.language) ? match.language : defaultLocale;
}
