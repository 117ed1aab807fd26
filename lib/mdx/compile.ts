// The one MDX pipeline. The save-time check (checkMdx) and the renderer
// (components/mdx/mdx-content.tsx) both go through compileChecked with the
// same options, so what an editor is allowed to save is exactly what renders.
// Plain Node: no `server-only`, no Next imports, so scripts and tests use it.
import type { MDXRemoteProps } from "next-mdx-remote/rsc";
import { serialize } from "next-mdx-remote/serialize";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import { MDX_PROBLEM_SOURCE, remarkAllowlist, type MdxProblemMessage } from "./allowlist";
import { finding, type MdxProblem } from "./problems";

export type { MdxProblem };
export type MdxOptions = NonNullable<MDXRemoteProps["options"]>;
export type MdxOutcome<T> = { ok: true; value: T } | { ok: false; problems: MdxProblem[] };

/**
 * Options for next-mdx-remote's `serialize` / `compileMDX`. blockJS and
 * blockDangerousJS stay on (never `blockJS: false`: the dangerous-JS filter
 * alone is bypassable and then runs code on the server); our allowlist runs
 * before them and refuses what they would drop or let through.
 */
export const mdxOptions = {
  parseFrontmatter: false,
  blockJS: true,
  blockDangerousJS: true,
  mdxOptions: { remarkPlugins: [remarkGfm, remarkAllowlist] },
} satisfies MdxOptions;

/**
 * Compiles `source` with `compile` (given our options and a VFile to pass on
 * as the source) and turns every failure into problems with positions.
 * The VFile is how problems come back out of the single compile pass:
 * next-mdx-remote wraps its source in a new VFile, which shallow-copies
 * fields, so messages the plugin adds land in this file's `messages` array
 * even though the error it rethrows has lost them.
 */
export async function compileChecked<T>(
  source: string,
  compile: (file: VFile, options: MdxOptions) => Promise<T>,
): Promise<MdxOutcome<T>> {
  const file = new VFile(source);
  let value: T;
  try {
    value = await compile(file, mdxOptions);
  } catch (error) {
    const problems = problemsOf(file);
    return { ok: false, problems: problems.length > 0 ? problems : [problemFromError(error)] };
  }
  // The plugin throws whenever it reports, so this is belt and braces.
  const problems = problemsOf(file);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** Every reason `source` would not render, in source order; empty when it is fine. */
export async function checkMdx(source: string): Promise<MdxProblem[]> {
  // serialize is what compileMDX runs, minus evaluating the result.
  const outcome = await compileChecked(source, (file, options) => serialize(file, options));
  return outcome.ok ? [] : outcome.problems;
}

function problemsOf(file: VFile): MdxProblem[] {
  return file.messages
    .filter((m) => m.source === MDX_PROBLEM_SOURCE)
    .map((m: MdxProblemMessage) => ({ ...(m.finding ?? finding("compile", { reason: m.reason })), line: m.line ?? 1, column: m.column ?? 1 }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * A failure after parsing (rare): next-mdx-remote's text, with a position if it
 * names one. That text is the library's English, shown after a translated lead
 * ("The text could not be compiled: …"), as the parser's syntax errors are.
 */
function problemFromError(error: unknown): MdxProblem {
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.replace(/^\[next-mdx-remote\] error compiling MDX:\s*/, "").split("\n")[0]?.trim();
  const at = reason ? /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason) : null;
  return { ...(reason ? finding("compile", { reason }) : finding("compileUnknown", {})), line: at ? Number(at[1]) : 1, column: at ? Number(at[2]) : 1 };
}
