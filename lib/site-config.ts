// The facts of the forum this instance serves. Everything the public pages
// say about the event itself (not news, not partners) starts here.
export const locales = ["en", "ru"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export const siteConfig = {
  /** Origin used for canonical URLs, the sitemap and feeds when SITE_URL is unset. */
  defaultUrl: "http://localhost:3000",
  timeZone: "Europe/Moscow",
  /** The browser's colour for its own bars (theme-color). */
  themeColor: "#0b2545",
  name: {
    en: "Perm Regional Innovation Forum",
    ru: "Пермский региональный инновационный форум",
  },
  shortName: { en: "Innovation Forum 2012", ru: "Инновационный форум 2012" },
  /** Inclusive dates of the forum, local time in Perm. */
  startsOn: "2012-04-19",
  endsOn: "2012-04-21",
  city: { en: "Perm, Russia", ru: "Пермь, Россия" },
  venue: {
    en: "Perm Fair Exhibition Centre, 59 Shosse Kosmonavtov",
    ru: "Выставочный центр «Пермская ярмарка», шоссе Космонавтов, 59",
  },
  /** The venue as a postal address, for the forum's structured data (lib/structured-data.ts). */
  venueAddress: {
    name: { en: "Perm Fair Exhibition Centre", ru: "Выставочный центр «Пермская ярмарка»" },
    streetAddress: { en: "59 Shosse Kosmonavtov", ru: "шоссе Космонавтов, 59" },
    locality: { en: "Perm", ru: "Пермь" },
    region: { en: "Perm Krai", ru: "Пермский край" },
    country: "RU",
  },
  tagline: {
    en: "Clusters, cooperation and the regions: how Russian innovation learns to compete",
    ru: "Кластеры, кооперация и регионы: как российские инновации учатся конкурировать",
  },
  newsPageSize: 10,
  homeNewsCount: 5,
  feedSize: 20,
} as const;
