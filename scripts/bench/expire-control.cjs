// Preloaded (node --require) into the server the bench starts, never into the
// app: a control port on which the bench expires cache tags inside the server,
// as a save does. Without REDIS_URL, tag expiries live in Next's in-process
// tag manifest (the same one lib/cache/shared-tags.ts writes for the
// publication scheduler), so only code in the server's own process can set
// one. `POST /expire?tag=program` answers 204 once the tag is expired: the
// next request for a page tagged `program` is a miss that re-reads its data
// (the programme snapshot) and renders again, while everything else (partner
// wall, compiled MDX) stays cached, as after a programme save.
"use strict";
const http = require("node:http");

const port = Number(process.env.BENCH_CONTROL_PORT);
if (port) {
  // Resolved from the app's folder: the very module instance Next's cache reads.
  const manifestPath = require.resolve("next/dist/server/lib/incremental-cache/tags-manifest.external", { paths: [process.cwd()] });
  const { tagsManifest } = require(manifestPath);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://control");
    const tag = url.searchParams.get("tag");
    if (request.method !== "POST" || url.pathname !== "/expire" || !tag) {
      response.writeHead(400).end();
      return;
    }
    // Same shape as Next's own immediate expiry (revalidateTag with expire: 0).
    tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: Date.now() });
    response.writeHead(204).end();
  });
  server.listen(port, "127.0.0.1");
  // The control port must not keep a stopping server alive.
  server.unref();
}
