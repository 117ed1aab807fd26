import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { otherLocale } from "@/lib/i18n/route-locale";
import { siteText } from "@/lib/i18n/site-text";
import { defaultLocale, isLocale } from "@/lib/site-config";
import { notFoundMetadata } from "@/lib/not-found-metadata";
import { paths } from "@/lib/urls";

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const text = await siteText(locale);
  return (
    <>
      <SiteHeader locale={locale} current={null} alternateHref={paths.home(otherLocale(locale))} />
      <NotFoundContent locale={locale} t={text.notFound} />
      {/* No partner wall: this page is flight data for router requests only (the documents' 404s
          come from lib/html/site-page.tsx), and the wall there added 40 KB to each answer. */}
      <SiteFooter locale={locale} />
    </>
  );
}

// Static on purpose: reading the locale while resolving metadata for a 404
// falls back to request headers, which would make the page dynamic.
export const metadata: Metadata = notFoundMetadata;
