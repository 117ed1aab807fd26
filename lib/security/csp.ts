// Content-Security-Policy of the two halves of the site.
//
// Staff pages are rendered per request, so each gets a fresh nonce: Next puts
// it on every script it writes when the request carries the policy
// (proxy.ts), and no other script runs: no 'unsafe-inline', no 'unsafe-eval'
// ('strict-dynamic' lets the nonce'd bootstrap load the app's chunks).
// Public pages are cached and shared by every visitor, so a nonce is
// impossible there; their policy (next.config.ts) is the strictest one that
// keeps them cacheable.

/** Development's React Refresh evaluates code; production never does. */
const dev = process.env.NODE_ENV === "development";

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function adminPolicy(nonce: string): string {
  return policy({
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React and the forms set style attributes; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    // Upload previews show the chosen file (blob:); article images come only from /media/.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/**
 * Public pages. Scripts only from the site itself, and no inline script: every
 * public page is a plain HTML document without scripts (lib/html/site-page.tsx;
 * its JSON-LD is a data block, which CSP does not treat as a script). The one
 * App Router page left outside the staff area, the bench's noindex reference
 * page /reference/static, carries inline flight-data scripts that differ per
 * render, and a cached page cannot carry a nonce: it alone gets
 * `inlineScripts` (next.config.ts).
 * Styles and images only from the site: article bodies may show only /media/ images
 * (lib/mdx/safe-url.ts). Style attributes stay allowed (style-src-attr): MDX tables
 * align cells with them and the programme gives each track its colour; an attribute
 * cannot load or run anything. Browsers without style-src-attr (before 2022) fall
 * back to style-src and drop those two decorations, nothing else.
 */
export function publicPolicy({ inlineScripts = false }: { inlineScripts?: boolean } = {}): string {
  return policy({
    "default-src": ["'self'"],
    "script-src": ["'self'", ...(inlineScripts ? ["'unsafe-inline'"] : []), ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}
