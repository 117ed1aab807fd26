import "server-only";
// /<locale>, the home page, as a plain HTML document (lib/html/site-page.tsx
// says why not the App Router: here the App Router's scripts cost the page
// 10-25 Lighthouse points on a phone). Cached with no lifetime; the response
// carries the tags of what it shows (lib/data/): its locale's news list, the
// `program` snapshot (the highlights) and the `partners` wall (footer and
// JSON-LD), so a save of any of them expires it.
import { getTranslations } from "next-intl/server";
import { ForumDates } from "@/components/site/forum-dates";
import { NewsListView } from "@/components/site/news-list";
import { ProgramHighlights } from "@/components/site/program/program-highlights";
import { getLatestNews } from "@/lib/data/news";
import { getPartnerWall } from "@/lib/data/partners";
import { getPublicProgram } from "@/lib/data/program";
import { htmlDocumentResponse, notFoundResponse, renderSitePage } from "@/lib/html/site-page";
import { otherLocale } from "@/lib/i18n/route-locale";
import { perLocaleMemo } from "@/lib/per-locale-memo";
import { indexProgram } from "@/lib/program/view";
import { defaultLocale, isLocale, siteConfig } from "@/lib/site-config";
import { homeGraph } from "@/lib/structured-data";
import { paths } from "@/lib/urls";

// The home page's own messages, loaded once per locale (lib/i18n/site-text.ts says why).
const homeText = perLocaleMemo((locale) => getTranslations({ locale, namespace: "home" }));

export async function homeResponse(rawLocale: string, devOrigin: string | null): Promise<Response> {
  if (!isLocale(rawLocale)) return notFoundResponse(defaultLocale, devOrigin);
  const locale = rawLocale;
  const [t, news, roles, program] = await Promise.all([
    homeText(locale),
    getLatestNews(locale, siteConfig.homeNewsCount),
    getPartnerWall(),
    getPublicProgram(),
  ]);
  const html = await renderSitePage({
    locale,
    meta: {
      locale,
      // The forum's name is the whole title here, not "<title> — <short name>".
      title: siteConfig.name[locale],
      absoluteTitle: true,
      description: siteConfig.tagline[locale] + ". " + t("intro").split(". ")[0] + ".",
      path: paths.home(locale),
      alternates: { en: paths.home("en"), ru: paths.home("ru") },
    },
    current: "home",
    alternateHref: paths.home(otherLocale(locale)),
    main: (text) => (
      <main id="main" tabIndex={-1}>
        <section className="hero" aria-labelledby="hero-title">
          <div className="container hero__inner">
            <p className="hero__eyebrow">{siteConfig.shortName[locale]}</p>
            <h1 id="hero-title" className="hero__title">
              {siteConfig.name[locale]}
            </h1>
            <p className="hero__tagline">{siteConfig.tagline[locale]}</p>
            <dl className="hero__facts">
              <div>
                <dt>{t("when")}</dt>
                <dd>
                  <ForumDates format={text.format} />
                </dd>
              </div>
              <div>
                <dt>{t("where")}</dt>
                <dd>
                  {siteConfig.city[locale]}
                  <br />
                  {siteConfig.venue[locale]}
                </dd>
              </div>
            </dl>
            <p className="hero__actions">
              <a className="button button--primary" href={paths.page(locale, "program")}>
                {t("programLink")}
              </a>
              <a className="button button--ghost" href={paths.page(locale, "about")}>
                {t("aboutLink")}
              </a>
            </p>
          </div>
        </section>
        <div className="container home-grid">
          <section className="home-intro" aria-labelledby="intro-title">
            <h2 id="intro-title" className="section-title">
              {t("aboutLink")}
            </h2>
            <p className="lead">{t("intro")}</p>
          </section>
          <section className="home-news" aria-labelledby="latest-title">
            <div className="section-head">
              <h2 id="latest-title" className="section-title">
                {t("latestNews")}
              </h2>
              <a className="section-head__link" href={paths.news(locale)}>
                {t("allNews")} <span aria-hidden="true">→</span>
              </a>
            </div>
            <NewsListView locale={locale} items={news} headingLevel="h3" text={text} />
          </section>
        </div>
        {program ? (
          <ProgramHighlights index={indexProgram(program)} locale={locale} t={text.program} title={t("programHighlights")} more={t("fullProgram")} />
        ) : null}
      </main>
    ),
    partnerWall: true,
    devOrigin,
    structuredData: homeGraph(locale, roles),
  });
  return htmlDocumentResponse(html);
}
