import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { candidateFiles, patchRouteTemplate, patchText, routeTemplateFiles } from "./patch-next.mjs";

// The unpatched forms, as Next 16.4 ships them.
const readable = "        const itemSize = JSON.stringify(data).length;\n        if (ctx.fetchCache && itemSize > 2 * 1024 * 1024 &&";
const minified = 'n=eE(e,t),s=i}let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){let t=`${i} bytes`';

describe("patch-next", () => {
  it("makes the readable measurement lazy, and only once", () => {
    const once = patchText(readable);
    expect(once.changed).toBe(1);
    expect(once.text).toContain("const itemSize = ctx.fetchCache && !this.hasCustomCacheHandler ? JSON.stringify(data).length : 0;");
    const twice = patchText(once.text);
    expect(twice.changed).toBe(0);
    expect(twice.text).toBe(once.text);
    expect(twice.alreadyPatched).toBe(1);
  });

  it("makes the minified measurement lazy, keeping the bundle's own names", () => {
    const once = patchText(minified);
    expect(once.changed).toBe(1);
    expect(once.text).toContain("let i=r.fetchCache&&!this.hasCustomCacheHandler?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152");
    expect(patchText(once.text).changed).toBe(0);
  });

  it("leaves a file without the measurement alone", () => {
    const other = "let i=JSON.stringify(t).length;console.log(i)";
    expect(patchText(other)).toMatchObject({ text: other, changed: 0, alreadyPatched: 0 });
  });

  // The installed Next: postinstall must have patched every copy that `next start` and
  // `next dev` can load. Fails after a Next upgrade that changes the code, so the patch
  // gets reviewed rather than silently dropped.
  it("has patched every copy of IncrementalCache.set in the installed Next", () => {
    const holders = candidateFiles().filter((file: string) => {
      const text = readFileSync(file, "utf8");
      return text.includes("items over 2MB");
    });
    expect(holders.length).toBeGreaterThanOrEqual(10);
    for (const file of holders) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/JSON\.stringify\(\w+\)\.length;\s*if\s*\(\w+\.fetchCache/);
      expect(patchText(text).alreadyPatched, file).toBe(1);
    }
  });

  // The route template's send of a stored answer, as Next 16.4 ships it (CommonJS and ESM).
  const storedSend = (call: string) =>
    `            }\n            await ${call}(nodeNextReq, nodeNextRes, // @ts-expect-error - Argument of type 'Buffer<ArrayBufferLike>' is not assignable\n            new Response(cacheEntry.value.body, {\n                headers,\n`;

  it.each([["(0, _sendresponse.sendResponse)"], ["sendResponse"]])("hands a stored answer to the hook first (%s), and only once", (call) => {
    const once = patchRouteTemplate(storedSend(call));
    expect(once.changed).toBe(1);
    expect(once.patched).toBe(true);
    expect(once.text).toContain('const podiumSendStored = globalThis[Symbol.for("podium.sendStoredResponse")];');
    expect(once.text).toContain("if (podiumSendStored && Buffer.isBuffer(cacheEntry.value.body)) {\n                podiumSendStored(req, res, headers, cacheEntry.value);\n                return;");
    // Next's own send stays, for a server without the hook.
    expect(once.text).toContain(`await ${call}(nodeNextReq, nodeNextRes,`);
    const twice = patchRouteTemplate(once.text);
    expect(twice).toMatchObject({ changed: 0, patched: true, text: once.text });
  });

  it("leaves a template without that send alone", () => {
    const other = "await sendResponse(nodeNextReq, nodeNextRes, response, pendingWaitUntil);";
    expect(patchRouteTemplate(other)).toMatchObject({ text: other, changed: 0, patched: false });
  });

  // The hook's name must be the one lib/http/stored-response.ts installs.
  it("has patched both copies of the installed route template, with the hook lib/http/stored-response.ts installs", async () => {
    const { STORED_RESPONSE_HOOK } = await import("@/lib/http/stored-response");
    const files = routeTemplateFiles();
    expect(files).toHaveLength(2);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(patchRouteTemplate(text).patched, file).toBe(true);
      expect(text).toContain(`Symbol.for("${STORED_RESPONSE_HOOK.description}")`);
    }
  });
});
