// Reading one content/ file: YAML frontmatter (parsed by `yaml`, checked by a
// zod schema) and the MDX body after it. Every error names the file first, so
// a bad file fails the build (scripts/check-content.ts) with its own name.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse, YAMLParseError } from "yaml";
import type { z } from "zod";

/** Where content lives; loaders take another root so tests can use a temp directory. */
export function defaultContentRoot(): string {
  return path.join(process.cwd(), "content");
}

/** `content/pages/en/about.mdx` for the default root: how people name the file. */
export function displayPath(root: string, file: string): string {
  return path.relative(path.dirname(root), file).split(path.sep).join("/");
}

export type ContentFile<T> = {
  data: T;
  body: string;
  /** 1-based line of the file where the body starts, to point MDX problems at the file's own lines. */
  bodyLine: number;
};

// The same opening and closing `---` lines that vfile-matter accepts.
const frontmatterBlock = /^---(?:\r?\n|\r)(?:([\s\S]*?)(?:\r?\n|\r))?---(?:\r?\n|\r|$)/;

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Splits and validates `text`; throws an Error naming `name` first. */
export function parseContentFile<S extends z.ZodType>(name: string, text: string, schema: S): ContentFile<z.output<S>> {
  const match = frontmatterBlock.exec(text);
  if (!match) throw new Error(`${name}: missing frontmatter (a --- block at the top of the file)`);
  let raw: unknown;
  try {
    // YAML 1.2 core schema: `2012-04-19` stays a string and `yes` is not a boolean.
    raw = parse(match[1] ?? "", { schema: "core", uniqueKeys: true, maxAliasCount: 20 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + 1;
      throw new Error(`${name}: frontmatter is not valid YAML (line ${line}): ${error.message.split("\n")[0]}`);
    }
    throw error;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "frontmatter"}: ${issue.message}`);
    throw new Error(`${name}: invalid frontmatter\n${issues.join("\n")}`);
  }
  const header = match[0];
  return { data: result.data, body: text.slice(header.length), bodyLine: lineCount(header.replace(/(?:\r?\n|\r)$/, "")) + 1 };
}

export async function readContentFile<S extends z.ZodType>(root: string, file: string, schema: S): Promise<ContentFile<z.output<S>>> {
  return parseContentFile(displayPath(root, file), await readFile(file, "utf8"), schema);
}

/** Names (without `.mdx`) of the MDX files in `dir`; none when it does not exist. */
export async function listMdxNames(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => name.slice(0, -".mdx".length))
    .sort();
}

export function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
