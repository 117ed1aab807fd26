import "server-only";
// What an editor reads when an image upload is refused, by its code, in the
// reader's language (messages/admin/<locale>/uploads.json, `errors`): in the
// upload routes' JSON answer, and on the page a form post without JavaScript
// is sent back to (?logoError=<code>, ?photoError=, ?coverError=).
import { createTranslator } from "next-intl";
import { adminLanguage } from "@/lib/i18n/admin-text";
import type { Locale } from "@/lib/site-config";
import { adminMessages } from "@/messages/admin";
import { COVER_ALT_MAX_LENGTH } from "./cover";
import type { UploadErrorCode } from "./prepare-image";

export type UploadNoun = "logo" | "photo" | "cover";
type Code = UploadErrorCode | "database" | "malformed" | "alt-missing" | "alt-too-long" | "no-cover";

const keys = {
  missing: "missing",
  empty: "empty",
  "too-large": "tooLarge",
  "unsupported-type": "unsupportedType",
  "too-many-pixels": "tooManyPixels",
  "unsafe-svg": "unsafeSvg",
  undecodable: "undecodable",
  database: "database",
  malformed: "malformed",
  "alt-missing": "altMissing",
  "alt-too-long": "altTooLong",
  "no-cover": "noCover",
} as const satisfies Record<Code, string>;

/** The refusal in this request's reader's language. */
export async function uploadFailureText(code: Code, noun: UploadNoun): Promise<string> {
  return uploadFailureTextIn(await adminLanguage(), code, noun);
}

export function uploadFailureTextIn(locale: Locale, code: Code, noun: UploadNoun): string {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads.errors" });
  // A cover has its own wording for "no file chosen": the alt text may be sent alone.
  if (code === "missing" && noun === "cover") return t("coverMissing");
  return t(keys[code], { noun, max: COVER_ALT_MAX_LENGTH });
}

/** What a saved upload says, in this request's reader's language. */
export async function uploadDoneText(what: "logo" | "photo" | "cover" | "coverAlt" | "coverRemoved"): Promise<string> {
  const locale = await adminLanguage();
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads" });
  if (what === "cover") return t("cover.saved");
  if (what === "coverAlt") return t("cover.altSaved");
  if (what === "coverRemoved") return t("cover.removed");
  return t(`done.${what}`);
}
