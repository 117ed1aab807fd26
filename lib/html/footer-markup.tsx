import "server-only";
// The footer's markup, rendered once and spliced into every public page. It is the
// same on every page, and it is most of each page: 24 of an article's 40 KB,
// dozens of partners with their logos. A page renders a slot (FooterSlot) and the
// footer's HTML replaces it (withFooter).
//
// The footer with the partner wall is kept in the data cache, per locale, under
// the `partners` tag: a partner save on any instance renders it again, and a page
// miss reads one string. (Keeping it per process instead, keyed by the wall, meant
// parsing the cached wall and serialising it again to compare on every page: 24 KB
// more allocated per article miss, of 644, in the bench's allocation profile,
// scripts/bench/miss-profile.ts --heap.)
import { randomUUID } from "node:crypto";
import { unstable_cache } from "next/cache";
import { SiteFooterView } from "@/components/site/site-footer";
import { cacheTags } from "@/db/cache-tags";
import { getDb } from "@/db";
import { listPartnerWall, type WallRole } from "@/db/queries/partners";
import { renderMarkup } from "@/lib/html/static-markup";
import { siteText } from "@/lib/i18n/site-text";
import type { Locale } from "@/lib/site-config";

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

async function renderFooter(locale: Locale, roles: WallRole[] | undefined): Promise<string> {
  return renderMarkup(<SiteFooterView locale={locale} roles={roles} text={await siteText(locale)} />);
}

// Messages reload in development (lib/per-locale-memo.ts): the footer is rendered every time there.
const developing = () => process.env.NODE_ENV !== "production";

/**
 * The footer with the partner wall (every page but the 404), from the data cache. The
 * wall is read from the database, not through getPartnerWall: it is only needed when
 * this entry is missing, and its own entry would be a second copy of the same data.
 */
export function footerWithPartnerWall(locale: Locale): Promise<string> {
  const render = async () => renderFooter(locale, await listPartnerWall(await getDb()));
  if (developing()) return render();
  return unstable_cache(render, ["footer-markup", locale], { tags: [cacheTags.partners] })();
}

const withoutWall = new Map<Locale, Promise<string>>();

/** The footer without the partner wall (the 404 page): it shows no data, so once per locale per process. */
export function footerWithoutPartnerWall(locale: Locale): Promise<string> {
  if (developing()) return renderFooter(locale, undefined);
  let footer = withoutWall.get(locale);
  if (!footer) {
    footer = renderFooter(locale, undefined);
    withoutWall.set(locale, footer);
    footer.catch(() => withoutWall.delete(locale));
  }
  return footer;
}

/** The document with its footer slot replaced by the footer. */
export function withFooter(documentHtml: string, footerHtml: string): string {
  const at = documentHtml.lastIndexOf(SLOT);
  if (at === -1) throw new Error("the page has no footer slot");
  return documentHtml.slice(0, at) + footerHtml + documentHtml.slice(at + SLOT.length);
}
