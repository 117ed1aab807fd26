import { absoluteUrl } from "@/lib/urls";

// Per request, so the sitemap URL follows SITE_URL at run time, not at build.
export const dynamic = "force-dynamic";

export function GET() {
  const body = ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /api/", "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, `Sitemap: ${absoluteUrl("/news-sitemap.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
