import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteHeader } from "@/components/site/site-header";
import { otherLocale } from "@/lib/i18n/route-locale";
import { defaultLocale, isLocale } from "@/lib/site-config";
import { paths } from "@/lib/urls";

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  return (
    <>
      <SiteHeader locale={locale} current={null} alternateHref={paths.home(otherLocale(locale))} />
      <NotFoundContent locale={locale} />
    </>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const requested = await getLocale();
  const t = await getTranslations({ locale: isLocale(requested) ? requested : defaultLocale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}
