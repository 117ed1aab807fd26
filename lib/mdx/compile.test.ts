import { describe, expect, it } from "vitest";
import { checkMdx, mdxOptions, type MdxProblem } from "./compile";

async function problems(source: string): Promise<MdxProblem[]> {
  return checkMdx(source);
}

async function expectRefused(source: string, message: RegExp): Promise<MdxProblem[]> {
  const found = await problems(source);
  expect(found.length, `no problem reported for ${JSON.stringify(source.slice(0, 80))}`).toBeGreaterThan(0);
  expect(found.map((p) => p.message).join("\n")).toMatch(message);
  for (const p of found) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
  }
  return found;
}

describe("compile options", () => {
  it("keeps next-mdx-remote's JS blocking on and runs our plugins", () => {
    expect(mdxOptions.blockJS).toBe(true);
    expect(mdxOptions.blockDangerousJS).toBe(true);
    expect(mdxOptions.parseFrontmatter).toBe(false);
    expect(mdxOptions.mdxOptions.remarkPlugins).toHaveLength(2);
  });
});

describe("checkMdx refuses JavaScript instead of dropping it silently", () => {
  it.each([
    ["{process.exit()}", "{process.exit()}"],
    ['{eval("1")}', 'Text {eval("1")} more'],
    ['{constructor.constructor("return process")()}', '{constructor.constructor("return process")()}'],
    ["an expression in an attribute", '<Callout title={process.env.SECRET}>x</Callout>'],
    ["a spread attribute", "<Callout {...props}>x</Callout>"],
  ])("%s", async (_name, source) => {
    await expectRefused(source, /expression|Spread/);
  });

  it.each([
    ['import x from "y"', 'import x from "y"\n\n# Title'],
    ["export const a = 1", "# Title\n\nexport const a = 1"],
  ])("%s", async (_name, source) => {
    await expectRefused(source, /import and export/);
  });

  it("allows MDX comments, which hold no code", async () => {
    expect(await problems("Text {/* a note for editors */} more\n\n{/* block comment */}")).toEqual([]);
    await expectRefused("{/* looks like a comment */ process.exit()}", /expressions/);
  });

  it("reports the expression's line and column", async () => {
    expect(await problems("Intro line\n\nSome text {process.exit()} here")).toEqual([
      { message: expect.stringMatching(/expressions/), line: 3, column: 11 },
    ]);
  });
});

describe("checkMdx refuses elements outside the allowlist", () => {
  it.each([
    ["<script>alert(1)</script>", /<script> is not an allowed element/],
    ['<iframe srcDoc="<script>alert(1)</script>"/>', /<iframe> is not an allowed element/],
    // Unclosed, as an HTML author would write them, they are a syntax error in MDX; closed, the allowlist refuses them.
    ['<base href="https://evil.example/">', /closing tag for `<base>`/],
    ['<base href="https://evil.example/" />', /<base> is not an allowed element/],
    ['<meta httpEquiv="refresh" content="0;url=https://evil.example">', /closing tag for `<meta>`/],
    ['<meta httpEquiv="refresh" content="0;url=https://evil.example" />', /<meta> is not an allowed element/],
    ["<style>body{}</style>", /<style> is not an allowed element/],
    ['<link rel="stylesheet" href="https://evil.example/x.css" />', /<link>/],
    ['<object data="https://evil.example/x.swf" />', /<object>/],
    ['<embed src="https://evil.example/x" />', /<embed>/],
    ['<form action="https://evil.example"><input name="p" /></form>', /<form>[\s\S]*<input>/],
    ['<svg><script>alert(1)</script></svg>', /<svg>[\s\S]*<script>/],
    ["<math><mi>x</mi></math>", /<math>/],
    ["<Script>alert(1)</Script>", /<Script>/],
    ["<SCRIPT>alert(1)</SCRIPT>", /<SCRIPT>/],
    ["<Unknown />", /<Unknown>/],
    ["<h1>Second title</h1>", /<h1>/],
    ["<constructor />", /<constructor>/],
    ["<x.y />", /<x\.y>/],
    ["<svg:rect />", /<svg:rect>/],
    ["<>fragment</>", /Fragments/],
  ])("%s", async (source, message) => {
    await expectRefused(source, message);
  });

  it.each([
    ['<img src="x" onError="alert(1)"/>', /onError is not allowed on <img>/],
    ['<img src="/media/1" onerror="alert(1)"/>', /onerror is not allowed/],
    ['<a href="/x" onClick="alert(1)">x</a>', /onClick/],
    ['<div style="position:fixed">x</div>', /style is not allowed on <div>/],
    ['<span class="x">x</span>', /class is not allowed/],
    ['<div className="x">x</div>', /className is not allowed/],
    ['<p dangerouslySetInnerHTML="x">y</p>', /dangerouslySetInnerHTML/],
    ['<a href="/x" target="_blank">x</a>', /target is not allowed/],
    ['<td colSpan="2" rowSpan="x">a</td>', /rowSpan on <td> has an invalid value/],
    ["<td colSpan>a</td>", /needs a quoted value/],
    ["<Figure alt=\"no source\" />", /<Figure> needs a src attribute/],
  ])("%s", async (source, message) => {
    await expectRefused(source, message);
  });

  it("reports each refused attribute at its own position", async () => {
    const found = await problems('First paragraph.\n\n<img src="/media/1" alt="a" onError="alert(1)"/>');
    expect(found).toEqual([{ message: "Attribute onError is not allowed on <img>.", line: 3, column: 29 }]);
  });
});

describe("checkMdx refuses unsafe URLs", () => {
  it.each([
    ['<a href="javascript:alert(1)">x</a>', /Link address "javascript:alert\(1\)"/],
    ['<a href="&#106;avascript:alert(1)">x</a>', /Link address "javascript:alert\(1\)"/],
    ["[x](javascript:alert(1))", /javascript:alert/],
    ["[x](JaVaScRiPt:alert(1))", /JaVaScRiPt/],
    ["[x](&#106;avascript:alert(1))", /javascript:alert/],
    ["[x](<java\tscript:alert(1)>)", /Link address/],
    ["[x](data:text/html,<script>alert(1)</script>)", /Link address "data:text\/html/],
    ["[x](//evil.example)", /Link address "\/\/evil\.example"/],
    ["[x][ref]\n\n[ref]: javascript:alert(1)", /javascript:alert/],
    ["![x](data:image/png;base64,iVBORw0KGgo=)", /Image address "data:image/],
    ["![x](http://insecure/img.png)", /Image address "http:\/\/insecure\/img\.png"/],
    ['<img src="http://insecure/img.png" />', /Image address/],
    ['<Figure src="javascript:alert(1)" />', /Image address/],
    ["![x][ref]\n\n[ref]: /about", /Image address "\/about"/],
  ])("%s", async (source, message) => {
    await expectRefused(source, message);
  });

  it("reports a markdown link at its line and column", async () => {
    expect(await problems("# Title\n\nRead [this](javascript:alert(1)) now.")).toEqual([
      { message: expect.stringMatching(/^Link address "javascript:alert\(1\)" is not allowed/), line: 3, column: 6 },
    ]);
  });
});

describe("checkMdx caps size and nesting", () => {
  it.each([
    ["`>` x 1000", ">".repeat(1000) + " x"],
    ["`<div>` x 1000", "<div>".repeat(1000) + "x" + "</div>".repeat(1000)],
    ["1000 nested list items", "- ".repeat(1000) + "x"],
    ["1000 nested list items by indentation", Array.from({ length: 1000 }, (_, i) => "  ".repeat(i) + "- x").join("\n")],
    ["`[` x 1000", "[".repeat(1000)],
    ["`*a ` x 1000", "*a ".repeat(1000) + "x" + " b*".repeat(1000)],
    ["`>` x 50,000", ">".repeat(50_000) + " x"],
  ])("%s fails cleanly and fast", async (_name, source) => {
    const started = performance.now();
    await expectRefused(source, /nested|limit/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses nesting just past the limit that only the tree shows", async () => {
    // 20 quotes inside 20 list items: each marker count stays under 40, the tree does not.
    const source = Array.from({ length: 20 }, (_, i) => "  ".repeat(i) + "- x").join("\n") + "\n" + "  ".repeat(20) + "> ".repeat(20) + "deep";
    await expectRefused(source, /nested more than 40 levels/);
  });

  it("refuses a 200 KB body by its length, at 1:1", async () => {
    expect(await problems("word ".repeat(40_000))).toEqual([
      { message: "The text is 200,000 characters long; the limit is 100,000.", line: 1, column: 1 },
    ]);
  });
});

describe("checkMdx reports syntax errors with their position", () => {
  it("an invalid tag start", async () => {
    expect(await problems("Fine line\n\nI <3 forums")).toEqual([{ message: expect.stringMatching(/Unexpected character `3`/), line: 3, column: 4 }]);
  });

  it("mismatched closing tags", async () => {
    const found = await expectRefused("<Callout>\n\ntext <b>x</i>\n\n</Callout>", /Unexpected closing tag/);
    expect(found[0]).toMatchObject({ line: 3, column: 10 });
  });

  it("an unclosed brace", async () => {
    await expectRefused("a {1+", /end of file in expression/);
  });
});

describe("checkMdx accepts ordinary content", () => {
  it("markdown with GFM, links, mailto, images and our components", async () => {
    const source = [
      "# Heading one",
      "",
      "Some **bold**, _italic_, ~~struck~~ and `code` text with a [link](https://example.com), a [site link](/en/program),",
      "an [anchor](#schedule), a [mail](mailto:press@example.com) and www.example.com.",
      "",
      "| Indicator | 2012 |",
      "|:---|---:|",
      "| Participants | 1,350 |",
      "",
      "- [x] done",
      "- [ ] open",
      "",
      "1. first",
      "2. second",
      "",
      "> A quote[^1]",
      "",
      "[^1]: The source.",
      "",
      "![Hall](/media/12 \"Main hall\")",
      "![Logo](https://cdn.example/logo.png)",
      "",
      '<Callout title="Registration">',
      "",
      "Registration closes on **April 16**.",
      "",
      "</Callout>",
      "",
      '<Figure src="/media/3" alt="Plenary" caption="The plenary session" />',
      "",
      '<div><abbr title="Special economic zone">SEZ</abbr> <kbd>Ctrl</kbd> <mark>hi</mark> H<sub>2</sub>O x<sup>2</sup></div>',
      "",
      '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td colSpan="2">b</td></tr></tbody></table>',
      "",
      '<ol start="3"><li>three</li></ol>',
      "",
      '<img src="/media/4" alt="x" width="640" height="480" />',
      "",
      "```ts",
      "const x = { a: 1 }; // braces and <tags> in code are text",
      "```",
      "",
      "Escaped \\{braces\\} are text.",
    ].join("\n");
    expect(await problems(source)).toEqual([]);
  });
});

// Issue 11: the check a save and a preview run is bounded to a few hundred ms of CPU
// whatever the text (security review F7 measured 3 s for 25,000 `<$>`). CPU time of
// this process, not wall time, with a bound well above what these take on a quiet
// machine (tens of ms) and far below the seconds an unbounded parse costs.
describe("checkMdx's CPU time on crafted text", () => {
  const CPU_BUDGET_MS = 500;
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  it.each([
    ["25,000 `<$>`", "<$>".repeat(25_000)],
    ["25,000 `<é>`", "<é>".repeat(25_000)],
    ["16,000 `<` NBSP `div>`", "<\u00a0div>".repeat(16_000)],
    ["6,000 tags whose attribute holds `</`", '<a title="</">'.repeat(6_000)],
    ["`~a ` x 1000 (nested strikethrough)", "~a ".repeat(1000) + "x" + " b~".repeat(1000)],
    ["`>` x 50,000", ">".repeat(50_000) + " x"],
    ["`*` runs", ("*".repeat(99) + "a ").repeat(900)],
    ["99 KB of ordinary prose, lists and links", ("Some **text** with a [link](https://example.com/x) and `code`.\n\n- one\n- two\n\n").repeat(1_300)],
  ])("%s", async (_name, source) => {
    await checkMdx("warm up"); // the first call loads the parser
    const started = process.cpuUsage();
    await checkMdx(source.slice(0, 100_000));
    expect(cpuMs(started)).toBeLessThan(CPU_BUDGET_MS);
  });
});
