import type { Metadata, Viewport } from "next";
import { routeLocale } from "@/lib/i18n/route-locale";
import { siteConfig } from "@/lib/site-config";
import { siteOrigin } from "@/lib/urls";
import { titleTemplate } from "@/lib/metadata";
import { interCyrillic, interLatin } from "../fonts";
import "../globals.css";
import "@/components/site/program/program.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await routeLocale(params);
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: siteConfig.name[locale], template: titleTemplate(locale) },
    applicationName: siteConfig.name[locale],
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = { themeColor: siteConfig.themeColor, width: "device-width", initialScale: 1 };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await routeLocale(params);
  // The footer comes from the route groups' layouts: (site) shows the partner wall
  // in it, (partners) does not (that page is the wall; twice would be 40 KB more).
  return (
    <html lang={locale} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body>{children}</body>
    </html>
  );
}
