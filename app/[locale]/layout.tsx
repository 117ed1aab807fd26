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
  // Only the router 404 page (not-found-page, not-found.tsx) renders under this layout: every other
  // public page is a plain HTML document (lib/html/site-page.tsx). lib/html/document-assets.ts reads
  // this layout's stylesheet and font files from the build, which is why it stays.
  return (
    <html lang={locale} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body>{children}</body>
    </html>
  );
}
