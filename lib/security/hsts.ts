// Strict-Transport-Security (issue 11): sent on every page the proxy answers, and on
// every HTML document (lib/html/site-page.tsx: article pages skip the proxy), once
// the site's public origin (SITE_URL) is https, and never otherwise (a site served
// over plain http, or a local run, must not tell browsers to insist on https).
// A year, without includeSubDomains or preload: the forum's organiser may run other
// hosts under the same domain that Podium cannot vouch for. Browsers record the
// policy from any page of the host, so the proxy's pages are enough; static files
// and images (outside its matcher) need not repeat it.
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const HSTS_VALUE = `max-age=${ONE_YEAR_SECONDS}`;

// The proxy asks on every request: the answer is kept for the SITE_URL it was worked out for.
let remembered: { siteUrl: string | undefined; value: string | null } | undefined;

export function strictTransportSecurity(siteUrl: string | undefined = process.env.SITE_URL): string | null {
  if (!remembered || remembered.siteUrl !== siteUrl) remembered = { siteUrl, value: policyFor(siteUrl) };
  return remembered.value;
}

function policyFor(siteUrl: string | undefined): string | null {
  if (!siteUrl?.trim()) return null;
  try {
    return new URL(siteUrl.trim()).protocol === "https:" ? HSTS_VALUE : null;
  } catch {
    return null; // lib/env.ts refuses a malformed SITE_URL at start; here it only means no header
  }
}
