import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/site-config";

/**
 * The locale of a [locale] route, or the 404 page for anything else. Also
 * tells next-intl the locale, so it never reads request headers (which would
 * make the page dynamic).
 */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "ru" : "en";
}
