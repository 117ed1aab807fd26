// 404 for paths outside a known locale (/fr/..., /xx): no locale layout wraps
// these, so this page renders its own document, in the default locale.
import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { defaultLocale } from "@/lib/site-config";
import { interCyrillic, interLatin } from "./fonts";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function RootNotFound() {
  return (
    <html lang={defaultLocale} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body>
        <NotFoundContent locale={defaultLocale} />
      </body>
    </html>
  );
}
