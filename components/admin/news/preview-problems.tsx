// What stops a body from rendering, line by line: shared by the server-side
// preview (components/admin/news-preview.tsx, server-only) and the editor's
// live pane (a client component), so this piece imports nothing server-only.
import type { MdxProblem } from "@/lib/mdx/compile";

export function PreviewProblems({ problems, message = "The body can't be shown until these are fixed:" }: { problems: MdxProblem[]; message?: string }) {
  return (
    <div className="form-error">
      <p style={{ margin: 0 }}>{message}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            Line {p.line}, column {p.column}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
