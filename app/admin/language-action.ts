"use server";
// The admin header's language switch: keeps the choice on the user's account
// (so it follows them to another browser) and in a cookie (the sign-in page,
// before anyone is signed in, reads it), then lets Next render the page again
// in the new language: with JavaScript the router refreshes in place; without
// it the form posts to the page's own address, which answers with the page.
// Through the one write path (lib/admin/write-action.ts): the session check
// (a temporary password, or an admin still to set up a second factor, may
// switch too: the one page they may use is read in a language), the parse (a
// forged value changes nothing), the change with its audit row.
import { cookies } from "next/headers";
import { z } from "zod";
import { setAdminLanguage } from "@/db/queries/staff-users";
import { adminWrite } from "@/lib/admin/write-action";
import { ADMIN_LANGUAGE_COOKIE, ADMIN_LANGUAGE_MAX_AGE_SECONDS } from "@/lib/i18n/admin-language";
import { locales } from "@/lib/site-config";
import { siteOrigin } from "@/lib/urls";

const languageChoice = z.object({ language: z.enum(locales) });

export async function setAdminLanguageAction(formData: FormData): Promise<void> {
  const outcome = await adminWrite({
    role: "editor",
    allowTemporaryPassword: true,
    allowWithoutSecondFactor: true,
    name: "setAdminLanguageAction",
    schema: languageChoice,
    input: { language: formData.get("language") },
    change: async (tx, { language }, session) => {
      await setAdminLanguage(tx, session.userId, language);
      return { ok: true, value: language, audit: { action: "update", entity: "staff_user", entityId: session.userId, summary: { adminLanguage: language } }, stale: null };
    },
  });
  if (!outcome.ok) return; // a forged value, or the database did not answer: the page stays as it was
  (await cookies()).set(ADMIN_LANGUAGE_COOKIE, outcome.value, {
    path: "/admin",
    maxAge: ADMIN_LANGUAGE_MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: siteOrigin().startsWith("https:"),
  });
}
