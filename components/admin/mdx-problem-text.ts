// An MDX problem (lib/mdx/problems.ts) in the editor's language, in client
// components under AdminIntlProvider: the same keys of messages/admin/<locale>/mdx.json
// that lib/mdx/problem-text.ts words on the server.
import { useTranslations } from "next-intl";
import { problemArguments, problemKey, type MdxFinding, type MdxProblem } from "@/lib/mdx/problems";

export function useMdxProblemText(): { text: (problem: MdxFinding) => string; at: (problem: MdxProblem) => string } {
  const t = useTranslations("mdx");
  const text = (problem: MdxFinding) => t(problemKey(problem), problemArguments(problem));
  return { text, at: (problem) => t("at", { line: problem.line, column: problem.column, message: text(problem) }) };
}
