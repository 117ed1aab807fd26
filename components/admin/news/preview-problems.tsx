"use client";
// What stops a body from rendering, line by line: shared by the server-side
// preview (components/admin/news-preview.tsx, server-only) and the editor's
// live pane, so this piece imports nothing server-only. A client component so
// that both find their words the same way, under AdminIntlProvider.
import { useTranslations } from "next-intl";
import type { MdxProblem } from "@/lib/mdx/problems";
import { useMdxProblemText } from "../mdx-problem-text";

export function PreviewProblems({ problems, message }: { problems: MdxProblem[]; message?: string }) {
  const t = useTranslations("mdx");
  const words = useMdxProblemText();
  return (
    <div className="form-error">
      <p style={{ margin: 0 }}>{message ?? t("cannotShow")}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{words.at(p)}</li>
        ))}
      </ul>
    </div>
  );
}
