import { NextIntlClientProvider } from "next-intl";
import { adminMessages } from "@/messages/admin";
import { adminLanguage } from "@/lib/i18n/admin-text";
import { siteConfig } from "@/lib/site-config";

/**
 * Gives the staff area's client components (forms, the form kit) their words:
 * useTranslations("<part>") inside it reads messages/admin/ in the user's
 * language. All parts at once: a few KB of text per staff page, for one place
 * that every form can rely on.
 */
export async function AdminIntlProvider({ children }: { children: React.ReactNode }) {
  const locale = await adminLanguage();
  return (
    <NextIntlClientProvider locale={locale} messages={adminMessages[locale]} timeZone={siteConfig.timeZone} formats={{}}>
      {children}
    </NextIntlClientProvider>
  );
}
