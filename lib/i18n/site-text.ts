// The translations and date formatter the site's shared parts use (header,
// footer, partner wall, 404 text, dates), loaded once so that those parts can
// be plain synchronous components: the public documents (lib/html/site-page.tsx)
// render them with React's static renderer, which cannot wait for anything.
import { getFormatter, getTranslations } from "next-intl/server";
import { perLocaleMemo } from "@/lib/per-locale-memo";
import type { Locale } from "@/lib/site-config";

async function loadSiteText(locale: Locale) {
  const [site, language, news, partners, notFound, search, program, format] = await Promise.all([
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "language" }),
    getTranslations({ locale, namespace: "news" }),
    getTranslations({ locale, namespace: "partners" }),
    getTranslations({ locale, namespace: "notFound" }),
    getTranslations({ locale, namespace: "search" }),
    getTranslations({ locale, namespace: "program" }),
    getFormatter({ locale }),
  ]);
  return { locale, site, language, news, partners, notFound, search, program, format };
}

export type SiteText = Awaited<ReturnType<typeof loadSiteText>>;

// Messages ship with the code and the formatter is only given explicit dates,
// so one set per locale serves the whole process (next-intl's lookups cost
// about 2 ms of every render: npm run bench's miss profile). Development
// reloads them so that edits to messages/ show at once.
export const siteText = perLocaleMemo(loadSiteText);
