// The build runs scripts/check-content.ts first (npm's prebuild), so a bad
// content file fails `next build` with its file name, not a page at run time.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(path.join(tmpdir(), "podium-content-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(dir: string) {
  return spawnSync("npx", ["tsx", "scripts/check-content.ts", dir], { encoding: "utf8", timeout: 60_000 });
}

describe("scripts/check-content.ts", () => {
  it("passes the shipped content", () => {
    const result = check(path.join(process.cwd(), "content"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/content ok: 8 pages, 30 articles/);
  }, 60_000);

  it("fails with the file's name for bad frontmatter or a refused body", () => {
    const dir = path.join(root, "content");
    cpSync(path.join(process.cwd(), "content"), dir, { recursive: true });
    const about = path.join(dir, "pages", "en", "about.mdx");
    writeFileSync(about, readFileSync(about, "utf8").replace(/^navOrder: 1$/m, "navOrder: first"));
    const venue = path.join(dir, "pages", "ru", "venue.mdx");
    writeFileSync(venue, `${readFileSync(venue, "utf8")}\n<script>alert(1)</script>\n`);
    const result = check(dir);
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/pages\/en\/about\.mdx: invalid frontmatter/);
    expect(output).toMatch(/navOrder/);
    expect(output).toMatch(/pages\/ru\/venue\.mdx/);
    expect(output).toMatch(/script/);
  }, 60_000);
});
