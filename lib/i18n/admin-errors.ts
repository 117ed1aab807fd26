import "server-only";
// Messages that zod schemas and refusals carry as keys into the admin's
// messages ("partners.errors.nameEnMissing"): a schema is made once at start,
// before anyone's language is known, so it names its message and the write
// path (lib/admin/write-action.ts) puts it into the reader's language. A text
// that is not such a key (a part of the admin not yet translated) passes as it is.
import { createTranslator } from "next-intl";
import { adminMessages } from "@/messages/admin";
import type { Locale } from "@/lib/site-config";

function isMessageKey(text: string): boolean {
  if (!/^[A-Za-z]+(\.[A-Za-z]+)+$/.test(text)) return false;
  let node: unknown = adminMessages.en;
  for (const part of text.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

export function translateMessage(locale: Locale, text: string): string {
  if (!isMessageKey(text)) return text;
  const t = createTranslator({ locale, messages: adminMessages[locale] });
  return t(text as Parameters<typeof t>[0]);
}

/** A refusal's message and field errors in the reader's language. */
export function translateRefusal<R extends { message?: string; errors?: Record<string, string[]> }>(locale: Locale, refusal: R): R {
  return {
    ...refusal,
    ...(refusal.message !== undefined ? { message: translateMessage(locale, refusal.message) } : {}),
    ...(refusal.errors
      ? { errors: Object.fromEntries(Object.entries(refusal.errors).map(([field, messages]) => [field, messages.map((m) => translateMessage(locale, m))])) }
      : {}),
  };
}
