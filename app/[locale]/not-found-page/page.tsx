// Where proxy.ts sends a path that cannot exist under a locale (lib/route-shape):
// the locale's 404 page, rendered once at build time, so a made-up URL costs no
// render and leaves nothing in the cache.
import { notFound } from "next/navigation";
import { locales } from "@/lib/site-config";

export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export default function NotFoundPage() {
  notFound();
}
