// URL policy for MDX bodies. An allowlist of URL shapes, not a blocklist of
// schemes: anything that is not plainly one of the allowed forms is refused,
// so encodings (`&#106;avascript:`, `java%73cript:`, `JaVaScRiPt:`) never need
// to be recognised, only never mistaken for an allowed form.

export type UrlUse = "link" | "image";

// The editor reads these rules in messages/admin/<locale>/mdx.json (problems.linkUrl,
// problems.imageUrl): a change here changes those words too.
const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * What a browser would act on: the URL parser drops ASCII tab and newline
 * anywhere and trims C0 controls and spaces at both ends, so `java\tscript:`
 * and ` https:` must be judged after the same clean-up.
 */
function asBrowserSees(raw: string): string {
  return raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
}

function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

export function isAllowedUrl(raw: string, use: UrlUse): boolean {
  const url = asBrowserSees(raw);
  // No legitimate URL carries control characters or backslashes; browsers
  // read `\` as `/`, which turns `/\evil.example` into a protocol-relative URL.
  if (url === "" || /[\u0000-\u001f\u007f\\]/.test(url)) return false;
  // Images only from the site's own uploads: the public pages' policy allows no other
  // image origin (lib/security/csp.ts), and a page that loads nothing from elsewhere
  // tells no third party who read it.
  if (use === "image") return url.startsWith("/media/");
  if (url.startsWith("#")) return true;
  // Site-relative, but `//host` would leave the site.
  if (url.startsWith("/")) return !url.startsWith("//");
  const scheme = schemeOf(url);
  return scheme !== undefined && LINK_SCHEMES.has(scheme);
}
