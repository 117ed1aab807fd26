// 404 for paths outside a known locale (/fr/..., /xx): no locale layout wraps
// these, so this page renders its own document, in the default locale.
import { NotFoundContent } from "@/components/site/not-found-content";
import { siteText } from "@/lib/i18n/site-text";
import { defaultLocale } from "@/lib/site-config";
import { NOT_FOUND_TITLE } from "@/lib/not-found-metadata";
import { interCyrillic, interLatin } from "./fonts";
import "./globals.css";

// No layout above renders <head> here, so the page writes its own title and robots tags.

export default async function RootNotFound() {
  const text = await siteText(defaultLocale);
  return (
    <html lang={defaultLocale} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <head>
        <title>{NOT_FOUND_TITLE}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <NotFoundContent locale={defaultLocale} t={text.notFound} />
      </body>
    </html>
  );
}
