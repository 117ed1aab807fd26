import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/site/json-ld";
import { PartnerWall } from "@/components/site/partner-wall";
import { SiteHeader } from "@/components/site/site-header";
import { getPartnerWall } from "@/lib/data/partners";
import { otherLocale, routeLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { pageMetadata } from "@/lib/metadata";
import { pageGraph } from "@/lib/structured-data";
import { siteConfig } from "@/lib/site-config";
import { paths } from "@/lib/urls";

// Changes only when staff edit partners, which revalidates the `partners` tag.
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: "partners" });
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description", { name: siteConfig.name[locale] }),
    path: paths.partners(locale),
    alternates: { en: paths.partners("en"), ru: paths.partners("ru") },
  });
}

export default async function PartnersPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: "partners" });
  const [roles, { site }] = await Promise.all([getPartnerWall(), siteText(locale)]);
  const crumbs = [
    { name: site("home"), path: paths.home(locale) },
    { name: t("title"), path: paths.partners(locale) },
  ];
  return (
    <>
      <JsonLd data={pageGraph(locale, { path: paths.partners(locale), title: t("title"), crumbs })} />
      <SiteHeader locale={locale} current="partners" alternateHref={paths.partners(otherLocale(locale))} />
      <main id="main" tabIndex={-1} className="container page">
        <h1>{t("title")}</h1>
        <PartnerWall locale={locale} roles={roles} variant="page" t={t} />
      </main>
    </>
  );
}
