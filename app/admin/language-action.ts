"use server";
// The admin header's language switch: keeps the choice in a cookie
// (lib/i18n/admin-language.ts) and lets Next render the page again, in the
// new language: with JavaScript the router refreshes in place; without it the
// form posts to the page's own address, which answers with the page itself.
// Signed-in staff only; the value is parsed, so a forged one changes nothing.
import { cookies } from "next/headers";
import { z } from "zod";
import { requireRole } from "@/lib/auth/dal";
import { ADMIN_LANGUAGE_COOKIE, ADMIN_LANGUAGE_MAX_AGE_SECONDS } from "@/lib/i18n/admin-language";
import { locales } from "@/lib/site-config";
import { siteOrigin } from "@/lib/urls";

const languageChoice = z.object({ language: z.enum(locales) });

export async function setAdminLanguageAction(formData: FormData): Promise<void> {
  await requireRole("editor", { allowTemporaryPassword: true });
  const parsed = languageChoice.safeParse({ language: formData.get("language") });
  if (!parsed.success) return;
  (await cookies()).set(ADMIN_LANGUAGE_COOKIE, parsed.data.language, {
    path: "/admin",
    maxAge: ADMIN_LANGUAGE_MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: siteOrigin().startsWith("https:"),
  });
}
