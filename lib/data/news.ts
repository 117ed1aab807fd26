import "server-only";
// Cached news getters for public pages: tagged so admin saves revalidate
// them, and short-lived so scheduled articles appear on time.
import { unstable_cache } from "next/cache";
import { cacheTags, NEWS_REVALIDATE_SECONDS } from "@/db/cache-tags";
import { getDb } from "@/db";
import {
  countPublishedNews,
  getPublishedArticle,
  getPublishedTranslationSlug,
  getRedirectedSlug,
  listFeedArticles,
  listPublishedNews,
} from "@/db/queries/news";
import { siteConfig, type Locale } from "@/lib/site-config";

const newsCache = { tags: [cacheTags.news], revalidate: NEWS_REVALIDATE_SECONDS };

// Counting reads every public row of the locale: done once per expiry and shared
// by all feed pages, so a feed page's own cost does not grow with the table.
const getPublishedNewsCount = unstable_cache(async (locale: Locale) => countPublishedNews(await getDb(), locale), ["news-count"], newsCache);

export const getNewsPage = unstable_cache(
  async (locale: Locale, page: number, pageSize: number) => {
    const [items, total] = await Promise.all([
      getDb().then((db) => listPublishedNews(db, locale, { limit: pageSize, offset: (page - 1) * pageSize })),
      getPublishedNewsCount(locale),
    ]);
    return { items, total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
  },
  ["news-page"],
  newsCache,
);

export const getLatestNews = unstable_cache(
  async (locale: Locale, limit: number) => listPublishedNews(await getDb(), locale, { limit, offset: 0 }),
  ["latest-news"],
  newsCache,
);

export const getArticle = unstable_cache(
  async (locale: Locale, slug: string) => {
    const db = await getDb();
    const article = await getPublishedArticle(db, locale, slug);
    if (!article) return { article: null, redirectTo: await getRedirectedSlug(db, locale, slug) };
    const otherLocale: Locale = locale === "en" ? "ru" : "en";
    const translationSlug = await getPublishedTranslationSlug(db, article.translationGroup, otherLocale);
    return { article, translationSlug, redirectTo: null };
  },
  ["article"],
  newsCache,
);

export const getFeedArticles = unstable_cache(
  async (locale: Locale) => listFeedArticles(await getDb(), locale, siteConfig.feedSize),
  ["feed-articles"],
  newsCache,
);
