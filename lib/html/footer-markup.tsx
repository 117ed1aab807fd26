import "server-only";
// The footer's markup, rendered once per locale and partner wall. It is the same
// on every public page, and it is most of each page: 24 of an article's 40 KB,
// dozens of partners with their logos. Rendering it with every page was a fifth
// of an article miss's render (npm run bench's miss profile); now a page renders
// a slot (FooterSlot) and footerMarkup's HTML replaces it.
import { randomUUID } from "node:crypto";
import { SiteFooterView } from "@/components/site/site-footer";
import type { WallRole } from "@/db/queries/partners";
import { renderMarkup } from "@/lib/html/static-markup";
import type { SiteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";

type Roles = WallRole[] | undefined;

/**
 * Text that stands where the footer goes. A token of this process's own, so no
 * page content can name it; and the caller replaces its last occurrence, the one
 * after the page's <main>.
 */
const SLOT = `podium-footer-slot-${randomUUID()}`;

/** The slot, as the page's footer element. */
export function FooterSlot() {
  return SLOT;
}

// One footer per locale: the latest partner wall's (a partner save replaces it).
const rendered = new Map<Locale, { roles: string; html: string }>();

/** The footer's HTML for this locale and partner wall: rendered again only when the wall changed. */
export function footerMarkup(locale: Locale, roles: Roles, text: SiteText): string {
  // Messages reload in development (lib/per-locale-memo.ts): render every time there.
  if (process.env.NODE_ENV !== "production") return renderMarkup(<SiteFooterView locale={locale} roles={roles} text={text} />);
  const key = JSON.stringify(roles ?? null);
  const known = rendered.get(locale);
  if (known?.roles === key) return known.html;
  const html = renderMarkup(<SiteFooterView locale={locale} roles={roles} text={text} />);
  rendered.set(locale, { roles: key, html });
  return html;
}

/** The document with its footer slot replaced by the footer. */
export function withFooter(documentHtml: string, footerHtml: string): string {
  const at = documentHtml.lastIndexOf(SLOT);
  if (at === -1) throw new Error("the page has no footer slot");
  return documentHtml.slice(0, at) + footerHtml + documentHtml.slice(at + SLOT.length);
}
