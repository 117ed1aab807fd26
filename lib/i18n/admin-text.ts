import "server-only";
// The staff area's words (messages/admin/<locale>.json) in the language the
// request's user reads (lib/i18n/admin-language.ts). Server components call
// adminText(namespace); client components get their words from the server
// component that renders them, as props. The messages ship with the code, so
// translators are made once per locale and namespace.
import { cookies, headers } from "next/headers";
import { createTranslator } from "next-intl";
import en from "@/messages/admin/en.json";
import ru from "@/messages/admin/ru.json";
import { ADMIN_LANGUAGE_COOKIE, pickAdminLanguage } from "@/lib/i18n/admin-language";
import type { Locale } from "@/lib/site-config";

type AdminMessages = typeof en;
type Namespace = keyof AdminMessages;

const messages: Record<Locale, AdminMessages> = { en, ru };

/** The language of this request's staff pages. */
export async function adminLanguage(): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return pickAdminLanguage(jar.get(ADMIN_LANGUAGE_COOKIE)?.value, head.get("accept-language"));
}

export function adminTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}

/** The translator of one part of the admin, in this request's language. */
export async function adminText<N extends Namespace>(namespace: N) {
  const locale = await adminLanguage();
  return { locale, t: adminTranslator(locale, namespace) };
}
