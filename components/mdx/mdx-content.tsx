// Renders an MDX body (a content/ page or a news article). Never throws: a
// body that fails the allowlist or does not compile is logged once and shown
// as escaped plain text, so the page still answers 200 and the text is not lost.
import { compileMDX } from "next-mdx-remote/rsc";
import { compileChecked } from "@/lib/mdx/compile";
import { mdxComponents } from "./mdx-components";

type Props = {
  source: string;
  /** Names the body in the log line, e.g. `news en/forum-opens`. */
  label: string;
};

export async function MdxContent({ source, label }: Props) {
  // One compile: the allowlist runs inside it, so problems and output come from the same pass.
  const outcome = await compileChecked(source, async (file, options) => {
    const { content } = await compileMDX({ source: file, options, components: mdxComponents });
    return content;
  });
  if (!outcome.ok) {
    const first = outcome.problems[0];
    const where = first ? `${first.line}:${first.column} ${first.message}` : "unknown problem";
    console.error(`[mdx] ${label}: ${where} (${outcome.problems.length} problem(s)); rendered as plain text`);
    return (
      <div className="mdx-fallback">
        <pre>{source}</pre>
      </div>
    );
  }
  return <div className="prose">{outcome.value}</div>;
}
