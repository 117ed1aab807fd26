// 404 for paths outside a known locale (/fr/..., /xx): no locale layout wraps
// these, so this page renders its own document, in the default locale.
import { NotFoundContent } from "@/components/site/not-found-content";
import { defaultLocale } from "@/lib/site-config";
import { interCyrillic, interLatin } from "./fonts";
import "./globals.css";

// No layout above renders <head> here, so the page writes its own title and robots tags.

export default function RootNotFound() {
  return (
    <html lang={defaultLocale} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <head>
        <title>404 — Page not found · Страница не найдена</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <NotFoundContent locale={defaultLocale} />
      </body>
    </html>
  );
}
