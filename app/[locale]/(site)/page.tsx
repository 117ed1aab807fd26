import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForumDates } from "@/components/site/forum-dates";
import { JsonLd } from "@/components/site/json-ld";
import { NewsList } from "@/components/site/news-list";
import { ProgramHighlights } from "@/components/site/program/program-highlights";
import { SiteHeader } from "@/components/site/site-header";
import { getLatestNews } from "@/lib/data/news";
import { getPublicProgram } from "@/lib/data/program";
import { indexProgram } from "@/lib/program/view";
import { getPartnerWall } from "@/lib/data/partners";
import { otherLocale, routeLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { pageMetadata } from "@/lib/metadata";
import { siteConfig } from "@/lib/site-config";
import { homeGraph } from "@/lib/structured-data";
import { paths } from "@/lib/urls";

// Rendered on first request, then served from the cache until a save (or a
// scheduled article's time) expires its locale's news list tag, or a
// programme save the `program` tag (the programme's highlights).
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const meta = pageMetadata({
    locale,
    title: siteConfig.name[locale],
    description: siteConfig.tagline[locale] + ". " + t("intro").split(". ")[0] + ".",
    path: paths.home(locale),
    alternates: { en: paths.home("en"), ru: paths.home("ru") },
  });
  return { ...meta, title: { absolute: siteConfig.name[locale] } };
}

export default async function HomePage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const [news, text, roles, program] = await Promise.all([
    getLatestNews(locale, siteConfig.homeNewsCount),
    siteText(locale),
    getPartnerWall(),
    getPublicProgram(),
  ]);
  return (
    <>
      <JsonLd data={homeGraph(locale, roles)} />
      <SiteHeader locale={locale} current="home" alternateHref={paths.home(otherLocale(locale))} />
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
            <NewsList locale={locale} items={news} headingLevel="h3" />
          </section>
        </div>
        {program ? <ProgramHighlights index={indexProgram(program)} locale={locale} t={text.program} title={t("programHighlights")} more={t("fullProgram")} /> : null}
      </main>
    </>
  );
}
