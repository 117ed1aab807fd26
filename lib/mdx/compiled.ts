// MDX compiled once, rendered many times. compileMDX (next-mdx-remote/rsc)
// compiles on every call; here the compile (serialize: parse, allowlist, JS
// generation) is split from the cheap part, evaluating the generated code, so
// the compiled code can be kept per saved version (in the article's row, and
// in the data cache for bodies that have none: lib/data/news.ts) and each
// render only evaluates it. Both halves do what compileMDX does (same options,
// same allowlist pass, same function-body evaluation), so the output and the
// fallback for bad bodies are unchanged.
//
// The code is always compiled for, and evaluated with, React's production JSX
// runtime (jsx/jsxs), whatever NODE_ENV the compiling process has. Code kept in
// the database is written by the server, by `npm run db:seed` and by the bench
// (scripts run without NODE_ENV=production) and read by whichever server runs
// later, so it must not depend on the mode of the process that wrote it; the
// development output is also three times larger (a source position per element)
// for nothing a server render uses.
import { createElement, type ComponentProps, type ReactElement } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { serialize } from "next-mdx-remote/serialize";
import type { CompiledBody } from "@/db/compiled-body";
import nextMdxRemote from "next-mdx-remote/package.json" with { type: "json" };
import { ALLOWLIST_VERSION } from "./allowlist";
import { compileChecked, mdxOptions, type MdxProblem } from "./compile";

/** Plain data (JSON), so it can live in the data cache. */
export type CompiledMdx = { ok: true; code: string } | { ok: false; problems: MdxProblem[] };

type MdxComponents = Record<string, unknown>;

/**
 * Names the pipeline that made a compiled body: code kept with another name
 * (news_articles.compiled_with, or a data-cache entry) is not evaluated but
 * compiled again. "mdx2": problems as codes (lib/mdx/problems.ts); then the
 * version of next-mdx-remote (which pins what serialize does), the allowlist's
 * rules, and the JSX runtime the code calls. Bump PIPELINE when an upgrade of
 * @mdx-js/mdx or remark-gfm (not pinned by next-mdx-remote) changes the output.
 */
const PIPELINE = "mdx2";
export const MDX_COMPILER = `${PIPELINE} next-mdx-remote@${nextMdxRemote.version} allowlist@${ALLOWLIST_VERSION} jsx`;

/** unified's list of plugins with their options, in the order they are attached. */
type Attacher = [plugin: unknown, ...options: unknown[]];

/**
 * serialize sets @mdx-js/mdx's `development` option from NODE_ENV, after our
 * options, so it cannot be passed in. @mdx-js/mdx hands one settings object
 * (made afresh by serialize for each compile) to its JS-generating plugins,
 * which read `development` when attached or run; remark plugins are attached
 * before them, so this one turns it off in that object for this compile only.
 * lib/mdx/compiled.test.ts proves the code is the production runtime's.
 */
function remarkProductionJsx(this: { attachers: Attacher[] }) {
  for (const [, options] of this.attachers) {
    if (typeof options === "object" && options !== null && "development" in options) (options as { development: unknown }).development = false;
  }
}

const compiledOptions = {
  ...mdxOptions,
  mdxOptions: { ...mdxOptions.mdxOptions, remarkPlugins: [remarkProductionJsx, ...mdxOptions.mdxOptions.remarkPlugins] },
};

/** Compiles for React Server Components, as compileMDX does (its `rsc` flag: no provider import). */
export async function compileMdxToCode(source: string): Promise<CompiledMdx> {
  const outcome = await compileChecked(source, (file) => serialize(file, compiledOptions, true));
  return outcome.ok ? { ok: true, code: outcome.value.compiledSource } : { ok: false, problems: outcome.problems };
}

/**
 * A compile as a writer stores it beside the body (every save, the seed, the
 * bench corpus): the code and this pipeline's name, or nothing for a body that
 * did not compile (its page falls back to compiling, and showing it as text).
 */
export function storedCode(compiled: CompiledMdx): CompiledBody {
  return compiled.ok ? { code: compiled.code, compiledWith: MDX_COMPILER } : null;
}

/**
 * Runs compiled code into a React element, as compileMDX does: the code is a
 * function body reading the JSX runtime from its first argument. The code was
 * produced by our own compile of an allowlisted body (blockJS on), never taken
 * from a visitor.
 */
export function renderCompiledMdx(code: string, components: MdxComponents): ReactElement {
  const hydrate = Reflect.construct(Function, ["opts", "frontmatter", code]) as (runtime: unknown, frontmatter: object) => { default: (props: { components: MdxComponents }) => ReactElement };
  const Content = hydrate.apply(hydrate, [jsxRuntime, {}]).default;
  return createElement(Content as (props: ComponentProps<typeof Content>) => ReactElement, { components });
}
