// Runs after every `npm install` / `npm ci` (package.json "postinstall").
//
// Next 16.4's IncrementalCache.set measures every entry it stores with
// `JSON.stringify(data).length`, before it looks at whether the size matters. The
// size only matters for a fetch-cache entry without a custom cache handler (the
// 2 MB limit of Vercel's fetch cache), but it is computed for every page and
// route-handler entry too. Those carry the response body as a Buffer, and
// JSON.stringify turns a Buffer into an array of numbers: for a 300 KB programme
// page that is a 900 KB string and 30-140 ms of CPU on this project's 2-core
// machines, for a 34 KB article several milliseconds: the largest single cost of
// a cache miss once the render itself is done.
//
// The patch computes the size only when the condition that reads it can be true
// (`fetchCache && !hasCustomCacheHandler`). Everything else is unchanged: the same
// entries are stored, the same warning is printed for an oversize fetch entry.
// It is idempotent, touches only the copies of Next's IncrementalCache (the plain
// server file, its ESM twin and the precompiled runtime bundles that `next start`
// loads), and says so when a Next upgrade changes the code, so that the patch is
// reviewed, not silently lost (scripts/patch-next.test.ts fails then too).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextDist = path.join(root, "node_modules", "next", "dist");

/** Each form the measurement takes in Next's files, and its lazy replacement. */
export const rewrites = [
  {
    // dist/server/lib/incremental-cache/index.js and dist/esm/…: readable source.
    find: /const itemSize = JSON\.stringify\(data\)\.length;/g,
    replace: "const itemSize = ctx.fetchCache && !this.hasCustomCacheHandler ? JSON.stringify(data).length : 0; /* podium: patch-next.mjs */",
    patched: "/* podium: patch-next.mjs */",
  },
  {
    // dist/compiled/next-server/*.runtime.*.js: minified (one-letter names) or, in the dev bundles, readable names on one line.
    find: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/g,
    replace: "let $1=$3.fetchCache&&!this.hasCustomCacheHandler?JSON.stringify($2).length:0;if($3.fetchCache&&$1>2097152",
    patched: /let (\w+)=(\w+)\.fetchCache&&!this\.hasCustomCacheHandler\?JSON\.stringify\(\w+\)\.length:0;if\(\2\.fetchCache&&\1>2097152/,
  },
];

/** The files that hold a copy of IncrementalCache.set. */
export function candidateFiles(dist = nextDist) {
  const files = [
    path.join(dist, "server", "lib", "incremental-cache", "index.js"),
    path.join(dist, "esm", "server", "lib", "incremental-cache", "index.js"),
  ];
  const compiled = path.join(dist, "compiled", "next-server");
  if (existsSync(compiled)) {
    for (const name of readdirSync(compiled)) if (name.endsWith(".js")) files.push(path.join(compiled, name));
  }
  return files.filter((file) => existsSync(file));
}

/** Patches one file's text; returns the new text and how many places were changed or already patched. */
export function patchText(text) {
  let changed = 0;
  let alreadyPatched = 0;
  for (const rule of rewrites) {
    text = text.replace(rule.find, (...match) => {
      changed += 1;
      return typeof rule.replace === "string" ? match[0].replace(new RegExp(rule.find.source), rule.replace) : match[0];
    });
    if (typeof rule.patched === "string" ? text.includes(rule.patched) : rule.patched.test(text)) alreadyPatched += 1;
  }
  return { text, changed, alreadyPatched };
}

/**
 * The second patch: Next's route-handler template (bundled into every route at build
 * time) sends a stored answer through lib/http/stored-response.ts when the server has
 * installed it: one write with Content-Length, gzip made once per entry. Without the
 * hook (a script importing a route, a server that has not started it) Next's own path
 * runs. The inserted code only looks the hook up and calls it.
 */
export const routeTemplateRewrite = {
  find: /\n([ \t]*)(await (?:\(0, _sendresponse\.sendResponse\)|sendResponse)\(nodeNextReq, nodeNextRes, \/\/ @ts-expect-error[^\n]*\n[ \t]*new Response\(cacheEntry\.value\.body, \{)/g,
  replace: (_match, indent, send) =>
    `\n${indent}const podiumSendStored = globalThis[Symbol.for("podium.sendStoredResponse")]; /* podium: patch-next.mjs stored-response */` +
    `\n${indent}if (podiumSendStored && Buffer.isBuffer(cacheEntry.value.body)) {` +
    `\n${indent}    podiumSendStored(req, res, headers, cacheEntry.value);` +
    `\n${indent}    return;` +
    `\n${indent}}` +
    `\n${indent}${send}`,
  patched: "/* podium: patch-next.mjs stored-response */",
};

/** The route-handler template, as source (the build bundles it) and its ESM twin. */
export function routeTemplateFiles(dist = nextDist) {
  return [path.join(dist, "build", "templates", "app-route.js"), path.join(dist, "esm", "build", "templates", "app-route.js")].filter((file) => existsSync(file));
}

/** Patches the template's text; returns the new text, how many places changed and whether it is patched now. */
export function patchRouteTemplate(text) {
  let changed = 0;
  const out = text.includes(routeTemplateRewrite.patched)
    ? text
    : text.replace(routeTemplateRewrite.find, (...match) => {
        changed += 1;
        return routeTemplateRewrite.replace(...match);
      });
  return { text: out, changed, patched: out.includes(routeTemplateRewrite.patched) };
}

function patchRouteTemplates() {
  let patched = 0;
  for (const file of routeTemplateFiles()) {
    const result = patchRouteTemplate(readFileSync(file, "utf8"));
    if (result.changed) writeFileSync(file, result.text);
    if (result.patched) patched += 1;
  }
  if (patched === 0) {
    console.warn(
      "[patch-next] Next's route template no longer sends stored answers the way this patch expects: " +
        "review scripts/patch-next.mjs against the installed Next (answers stay correct, only chunked and gzipped per request).",
    );
  } else console.log(`[patch-next] stored route answers sent in one write with their length: ${patched} template(s)`);
}

function main() {
  if (!existsSync(nextDist)) return; // `npm ci --omit=dev` of a package without Next, or Next not installed yet
  patchRouteTemplates();
  let changedFiles = 0;
  let patchedFiles = 0;
  for (const file of candidateFiles()) {
    const before = readFileSync(file, "utf8");
    if (!before.includes("2097152") && !before.includes("2 * 1024 * 1024")) continue;
    const { text, changed, alreadyPatched } = patchText(before);
    if (changed > 0) {
      writeFileSync(file, text);
      changedFiles += 1;
    }
    if (alreadyPatched > 0) patchedFiles += 1;
  }
  if (patchedFiles === 0) {
    console.warn(
      "[patch-next] Next's IncrementalCache no longer has the size measurement this patch expects: " +
        "review scripts/patch-next.mjs against the installed Next (cache misses stay correct, only slower).",
    );
    return;
  }
  console.log(`[patch-next] cache-entry size measured only when it matters: ${changedFiles} file(s) patched, ${patchedFiles} in all`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
