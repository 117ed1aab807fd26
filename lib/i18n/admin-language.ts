// Which language the staff area speaks to a signed-in user (issue 11: the
// admin in Russian and English). The user's own choice, made with the switch
// in the admin header and kept in a cookie; without one, the best match of
// the browser's Accept-Language; else English. Pure, so it is unit-tested
// without a request; lib/i18n/admin-text.ts reads the request.
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { isLocale, type Locale } from "@/lib/site-config";

/** The cookie the header's switch sets. A year: a language choice outlives sessions. */
export const ADMIN_LANGUAGE_COOKIE = "podium_admin_lang";
export const ADMIN_LANGUAGE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function pickAdminLanguage(chosen: string | undefined, acceptLanguage: string | null): Locale {
  if (chosen && isLocale(chosen)) return chosen;
  return negotiateLocale(acceptLanguage);
}
