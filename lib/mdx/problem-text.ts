// An MDX problem (lib/mdx/problems.ts) in words, in a given language, from
// messages/admin/<locale>/mdx.json. Pure (no request): the staff area's
// server code passes the reader's language (adminLanguage()); scripts, logs
// and other non-admin callers take the English default. Client components
// word the same keys with useTranslations (components/admin/mdx-problem-text.ts).
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/site-config";
import { adminMessages } from "@/messages/admin";
import { problemArguments, problemKey, type MdxFinding, type MdxProblem } from "./problems";

function mdxTranslator(locale: Locale) {
  return createTranslator({ locale, messages: adminMessages[locale], namespace: "mdx" });
}

/** What is wrong, without where: "<script> is not an allowed element." */
export function mdxProblemText(problem: MdxFinding, locale: Locale = "en"): string {
  return mdxTranslator(locale)(problemKey(problem), problemArguments(problem));
}

/** What is wrong and where: "Line 3, column 1: <script> is not an allowed element." */
export function mdxProblemAt(problem: MdxProblem, locale: Locale = "en"): string {
  const t = mdxTranslator(locale);
  return t("at", { line: problem.line, column: problem.column, message: t(problemKey(problem), problemArguments(problem)) });
}
