"use server";
// The admin header's language switch: keeps the choice in a cookie
// (lib/i18n/admin-language.ts) and lets Next render the page again, in the
// new language: with JavaScript the router refreshes in place; without it the
// form posts to the page's own address, which answers with the page itself.
// Signed-in staff only (a temporary password too: the one form it allows is
// read in a language), through adminAction (lib/admin/write-action.ts): the
// session check and the parse of the write path; the value is parsed, so a
// forged one changes nothing. No database row changes, so no audit entry.
import { cookies } from "next/headers";
import { z } from "zod";
import { adminAction } from "@/lib/admin/write-action";
import { ADMIN_LANGUAGE_COOKIE, ADMIN_LANGUAGE_MAX_AGE_SECONDS } from "@/lib/i18n/admin-language";
import { locales } from "@/lib/site-config";
import { siteOrigin } from "@/lib/urls";

const languageChoice = z.object({ language: z.enum(locales) });

export async function setAdminLanguageAction(formData: FormData): Promise<void> {
  await adminAction({
    role: "editor",
    allowTemporaryPassword: true,
    allowWithoutSecondFactor: true,
    name: "setAdminLanguageAction",
    schema: languageChoice,
    input: { language: formData.get("language") },
    run: async ({ language }) => {
      (await cookies()).set(ADMIN_LANGUAGE_COOKIE, language, {
        path: "/admin",
        maxAge: ADMIN_LANGUAGE_MAX_AGE_SECONDS,
        httpOnly: true,
        sameSite: "lax",
        secure: siteOrigin().startsWith("https:"),
      });
    },
  });
}
