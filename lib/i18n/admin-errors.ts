import "server-only";
// Messages that zod schemas and refusals carry as keys into the admin's
// messages ("partners.errors.nameEnMissing"): a schema is made once at start,
// before anyone's language is known, so it names its message and the write
// path (lib/admin/write-action.ts) puts it into the reader's language. A text
// that is not such a key (a part of the admin not yet translated) passes as it is.
import { createTranslator } from "next-intl";
import { adminMessages } from "@/messages/admin";
import type { Locale } from "@/lib/site-config";
import { mdxProblemAt } from "@/lib/mdx/problem-text";
import { MDX_PROBLEM_ISSUE, type MdxProblem } from "@/lib/mdx/problems";

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

type Issue = { path: readonly PropertyKey[]; message: string; params?: Record<string, unknown> };

/** The MDX problems a field's issues carry (MDX_PROBLEM_ISSUE), in the order of its messages. */
function mdxProblemsOf(issues: readonly Issue[] | undefined, field: string): MdxProblem[] {
  return (issues ?? [])
    .filter((issue) => issue.message === MDX_PROBLEM_ISSUE && issue.params?.mdxProblem && (issue.path.length > 0 ? issue.path.map(String).join(".") : "form") === field)
    .map((issue) => issue.params!.mdxProblem as MdxProblem);
}

/** A refusal's message and field errors in the reader's language; an MDX problem with its line and column. */
export function translateRefusal<R extends { message?: string; errors?: Record<string, string[]>; issues?: readonly Issue[] }>(locale: Locale, refusal: R): R {
  const fieldErrors = (field: string, messages: string[]) => {
    const problems = mdxProblemsOf(refusal.issues, field);
    let next = 0;
    return messages.map((m) => {
      const problem = m === MDX_PROBLEM_ISSUE ? problems[next++] : undefined;
      return problem ? mdxProblemAt(problem, locale) : translateMessage(locale, m);
    });
  };
  return {
    ...refusal,
    ...(refusal.message !== undefined ? { message: translateMessage(locale, refusal.message) } : {}),
    ...(refusal.errors ? { errors: Object.fromEntries(Object.entries(refusal.errors).map(([field, messages]) => [field, fieldErrors(field, messages)])) } : {}),
  };
}
