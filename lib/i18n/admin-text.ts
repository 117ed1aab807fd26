import "server-only";
// The staff area's words (messages/admin/) in the language the request's user
// reads (lib/i18n/admin-language.ts). Server components and actions call
// adminText(namespace); client components use next-intl's useTranslations
// under the provider that app/admin/(protected)/layout.tsx puts around every
// staff page (AdminIntlProvider). The messages ship with the code.
import { cookies, headers } from "next/headers";
import { createTranslator } from "next-intl";
import { getSession } from "@/lib/auth/dal";
import { adminMessages, type AdminMessages } from "@/messages/admin";
import { ADMIN_LANGUAGE_COOKIE, pickAdminLanguage } from "@/lib/i18n/admin-language";
import type { Locale } from "@/lib/site-config";

type Namespace = keyof AdminMessages;

/**
 * The language of this request's staff pages: the signed-in user's own choice
 * (kept on their account, so it follows them to another browser), else this
 * browser's last choice (the cookie: the sign-in page has no user yet), else
 * the browser's Accept-Language, else English. Outside a request (scripts, and
 * the integration tests, which call actions directly) there is no reader: English.
 */
export async function adminLanguage(): Promise<Locale> {
  let jar: Awaited<ReturnType<typeof cookies>>;
  let head: Awaited<ReturnType<typeof headers>>;
  try {
    [jar, head] = await Promise.all([cookies(), headers()]);
  } catch (error) {
    if (error instanceof Error && /outside a request scope/.test(error.message)) return "en";
    throw error; // Next's own signals (a prerender bailing out) must pass
  }
  const session = await getSession(); // memoised per request: the page's own check reads the same row
  return pickAdminLanguage(session?.adminLanguage ?? jar.get(ADMIN_LANGUAGE_COOKIE)?.value, head.get("accept-language"));
}

function adminTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: adminMessages[locale], namespace });
}

/** The translator of one part of the admin, in this request's language. */
export async function adminText<N extends Namespace>(namespace: N) {
  const locale = await adminLanguage();
  return { locale, t: adminTranslator(locale, namespace) };
}
