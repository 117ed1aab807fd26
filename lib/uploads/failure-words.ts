// What an editor reads when an image upload is refused or saved, by its code,
// in a given language (messages/admin/<locale>/uploads.json). Pure: the
// request's language is chosen by lib/uploads/failure-text.ts.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/site-config";
import { adminMessages } from "@/messages/admin";
import { COVER_ALT_MAX_LENGTH } from "./cover";
import type { UploadErrorCode } from "./prepare-image";

export type UploadNoun = "logo" | "photo" | "cover";
export type UploadFailureCode = UploadErrorCode | "database" | "malformed" | "alt-missing" | "alt-too-long" | "no-cover";

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
} as const satisfies Record<UploadFailureCode, string>;

export function uploadFailureTextIn(locale: Locale, code: UploadFailureCode, noun: UploadNoun): string {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads.errors" });
  // A cover has its own wording for "no file chosen": the alt text may be sent alone.
  if (code === "missing" && noun === "cover") return t("coverMissing");
  return t(keys[code], { noun, max: COVER_ALT_MAX_LENGTH });
}


export function uploadDoneTextIn(locale: Locale, what: "logo" | "photo" | "cover" | "coverAlt" | "coverRemoved"): string {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads" });
  if (what === "cover") return t("cover.saved");
  if (what === "coverAlt") return t("cover.altSaved");
  if (what === "coverRemoved") return t("cover.removed");
  return t(`done.${what}`);
}

/** What an upload answers when its record is gone (404): the article, partner or person was deleted meanwhile. */
export type UploadOwner = "article" | "partner" | "person";

export function uploadGoneTextIn(locale: Locale, owner: UploadOwner): string {
  return createTranslator({ locale, messages: adminMessages[locale], namespace: "uploads.gone" })(owner);
}
