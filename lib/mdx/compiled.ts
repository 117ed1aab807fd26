// MDX compiled once per saved version, to the HTML every render splices in.
// compileMDX (next-mdx-remote/rsc) compiles on every call and evaluates the
// generated JavaScript with `new Function`; here a body is compiled (serialize:
// parse, allowlist, JS generation), evaluated and rendered with the site's MDX
// components in one step, and the resulting markup is what is kept (in the
// article's row, and in the data cache for bodies that have none:
// lib/data/news.ts). A page render then only inserts a string: no code is
// evaluated at request time (evaluating and rendering a distinct body cost
// about 0.6 ms of each article miss, V8 compiling each body's code afresh:
// npm run bench's miss profile). The compile does what compileMDX does (same
// options, same allowlist pass, same function-body evaluation), so the markup
// and the fallback for bad bodies are unchanged.
//
// The code is always compiled for, and evaluated with, React's production JSX
// runtime (jsx/jsxs), whatever NODE_ENV the compiling process has, and rendered
// with the react-dom in node_modules (lib/html/static-markup.ts), the same in
// the server, `npm run db:seed` and the bench: markup kept in the database is
// written by any of them and read by whichever server runs later, so it must
// not depend on the process that wrote it.
import { createElement, type ComponentProps, type ReactElement } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { serialize } from "next-mdx-remote/serialize";
import { MDX_COMPONENTS_VERSION, mdxComponents } from "@/components/mdx/mdx-components";
import type { CompiledBody } from "@/db/compiled-body";
import { renderMarkup, staticRendererVersion } from "@/lib/html/static-markup";
import nextMdxRemote from "next-mdx-remote/package.json" with { type: "json" };
import { ALLOWLIST_VERSION } from "./allowlist";
import { compileChecked, mdxOptions, type MdxProblem } from "./compile";

/** Plain data (JSON), so it can live in the data cache. `html` is the body's markup, without the .prose wrapper. */
export type CompiledMdx = { ok: true; html: string } | { ok: false; problems: MdxProblem[] };

type MdxComponents = Record<string, unknown>;

/**
 * Names the pipeline that made a compiled body: markup kept with another name
 * (news_articles.compiled_with, or a data-cache entry) is not used but
 * compiled again. "mdx3": markup, not code (mdx2 kept code); then the version
 * of next-mdx-remote (which pins what serialize does), the allowlist's rules,
 * the components the markup came from and the renderer. Bump PIPELINE when an
 * upgrade of @mdx-js/mdx or remark-gfm (not pinned by next-mdx-remote) changes
 * the output; MDX_COMPONENTS_VERSION moves with components/mdx/mdx-components.tsx
 * (its test says when).
 */
const PIPELINE = "mdx3";
export const MDX_COMPILER = `${PIPELINE} next-mdx-remote@${nextMdxRemote.version} allowlist@${ALLOWLIST_VERSION} components@${MDX_COMPONENTS_VERSION} react-dom@${staticRendererVersion()}`;

/** unified's list of plugins with their options, in the order they are attached. */
type Attacher = [plugin: unknown, ...options: unknown[]];

/**
 * serialize sets @mdx-js/mdx's `development` option from NODE_ENV, after our
 * options, so it cannot be passed in. @mdx-js/mdx hands one settings object
 * (made afresh by serialize for each compile) to its JS-generating plugins,
 * which read `development` when attached or run; remark plugins are attached
 * before them, so this one turns it off in that object for this compile only.
 * lib/mdx/compiled.test.ts proves the markup does not depend on NODE_ENV.
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

/**
 * Compiles a body and renders it with the site's MDX components. A body that
 * fails the allowlist or the compile, or whose code throws when evaluated or
 * rendered, comes back with its problems (the editor sees them at save; a page
 * shows the text escaped).
 */
export async function compileMdxToHtml(source: string): Promise<CompiledMdx> {
  const outcome = await compileChecked(source, async (file) => {
    const { compiledSource } = await serialize(file, compiledOptions, true);
    return renderMarkup(evaluateCompiledMdx(compiledSource));
  });
  return outcome.ok ? { ok: true, html: outcome.value } : { ok: false, problems: outcome.problems };
}

/**
 * A compile as a writer stores it beside the body (every save, the seed, the
 * bench corpus): the markup and this pipeline's name, or nothing for a body that
 * did not compile (its page falls back to compiling, and showing it as text).
 */
export function storedHtml(compiled: CompiledMdx): CompiledBody {
  return compiled.ok ? { html: compiled.html, compiledWith: MDX_COMPILER } : null;
}

/**
 * Runs compiled code into a React element, as compileMDX does: the code is a
 * function body reading the JSX runtime from its first argument. The code was
 * produced a moment ago by our own compile of an allowlisted body (blockJS on).
 */
function evaluateCompiledMdx(code: string): ReactElement {
  const hydrate = Reflect.construct(Function, ["opts", "frontmatter", code]) as (runtime: unknown, frontmatter: object) => { default: (props: { components: MdxComponents }) => ReactElement };
  const Content = hydrate.apply(hydrate, [jsxRuntime, {}]).default;
  return createElement(Content as (props: ComponentProps<typeof Content>) => ReactElement, { components: mdxComponents });
}
