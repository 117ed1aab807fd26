// Where proxy.ts sends a router request (client navigation or prefetch) for a
// path that cannot exist under a locale (lib/route-shape): the locale's 404 page
// as flight data, rendered once at build time, so a made-up URL costs no render
// and leaves nothing in the cache. Document requests never get this page's HTML
// (Next 16 renders a notFound() page as an empty error shell): the proxy answers
// them with the 404 document (lib/html/site-page.tsx), this address included.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/not-found-metadata";
import { locales } from "@/lib/site-config";

export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

// The 404 page's own title and noindex (the layout's default title otherwise).
export const metadata: Metadata = notFoundMetadata;

export default function NotFoundPage() {
  notFound();
}
