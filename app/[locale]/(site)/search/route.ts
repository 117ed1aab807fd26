// /<locale>/search: lib/search/search-document.tsx. Per request: never cached.
import { devOriginOf, notFoundResponse } from "@/lib/html/site-page";
import { searchResponse } from "@/lib/search/search-document";
import { defaultLocale, isLocale } from "@/lib/site-config";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse(defaultLocale, devOriginOf(request));
  return searchResponse(request, locale, devOriginOf(request));
}
