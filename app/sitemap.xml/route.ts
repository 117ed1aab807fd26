import { getSitemapUrls } from "@/lib/data/sitemap";
import { renderUrlset } from "@/lib/feeds/sitemap";

// Runs per request (so `next build` needs no database); the URL list itself
// comes from the data cache, so a request does not touch the database.
export const dynamic = "force-dynamic";

export async function GET() {
  const xml = renderUrlset(await getSitemapUrls());
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
