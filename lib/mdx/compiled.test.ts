import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { compileMDX } from "next-mdx-remote/rsc";
import { serialize } from "next-mdx-remote/serialize";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ALLOWLIST_VERSION } from "./allowlist";
import { mdxOptions } from "./compile";
import { compileMdxToCode, MDX_COMPILER, renderCompiledMdx, storedCode } from "./compiled";

const body = [
  "# Heading",
  "",
  "Some **bold** text, a [link](/en/program) and <a href=\"https://x.example\">jsx</a>.",
  "",
  "- one",
  "- two",
  "",
  "| a | b |",
  "|---|---|",
  "| 1 | 2 |",
  "",
  '<Callout title="Note">Soon.</Callout>',
].join("\n");

afterEach(() => {
  vi.unstubAllEnvs();
});

async function code(source: string): Promise<string> {
  const compiled = await compileMdxToCode(source);
  if (!compiled.ok) throw new Error("did not compile");
  return compiled.code;
}

describe("compileMdxToCode", () => {
  it("compiles for the production JSX runtime whatever NODE_ENV is, so stored code does not depend on who stored it", async () => {
    expect(process.env.NODE_ENV).not.toBe("production"); // vitest runs as "test": serialize alone would emit jsxDEV
    const here = await code(body);
    expect(here).toContain("jsx: _jsx");
    expect(here).not.toContain("jsxDEV");
    vi.stubEnv("NODE_ENV", "production");
    expect(await code(body)).toBe(here);
  });

  it("leaves the shared options alone: serialize with them still follows NODE_ENV (the editor's preview, checkMdx)", async () => {
    await code(body);
    const { compiledSource } = await serialize(body, mdxOptions, true);
    expect(compiledSource).toContain("jsxDEV");
  });

  it("renders the same markup as the editor's preview (compileMDX, evaluated with the runtime of NODE_ENV)", async () => {
    const { content } = await compileMDX({ source: body, options: mdxOptions, components: mdxComponents });
    const page = renderToStaticMarkup(renderCompiledMdx(await code(body), mdxComponents));
    expect(page).toBe(renderToStaticMarkup(content));
    expect(page).toContain("<strong>bold</strong>");
  });
});

describe("MDX_COMPILER", () => {
  it("names the pipeline, next-mdx-remote's installed version, the allowlist's version and the runtime", () => {
    const packageFile = createRequire(import.meta.url).resolve("next-mdx-remote/package.json");
    const { version } = JSON.parse(readFileSync(packageFile, "utf8")) as { version: string };
    expect(MDX_COMPILER).toBe(`mdx2 next-mdx-remote@${version} allowlist@${ALLOWLIST_VERSION} jsx`);
  });
});

describe("storedCode", () => {
  it("is the code with the compiler's name, or nothing for a body with problems", async () => {
    expect(storedCode(await compileMdxToCode(body))).toEqual({ code: await code(body), compiledWith: MDX_COMPILER });
    expect(storedCode(await compileMdxToCode("<script>alert(1)</script>"))).toBeNull();
  });
});
