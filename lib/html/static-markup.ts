// HTML from React elements, for documents served without the App Router
// (every public page: lib/html/site-page.tsx). Next refuses an import of
// react-dom/server in server code (its server bundles only render React Server
// Components), so React's static renderer is loaded at run time from
// node_modules, outside the bundle. It renders elements made anywhere (an
// element is plain data), but its components must be synchronous and use no
// hooks: the site's shared parts are written that way (components/site).
// Not marked server-only: MDX bodies are rendered to markup when they are
// compiled (lib/mdx/compiled.ts), in the server and in scripts (the seed, the
// bench corpus) alike; nothing here can run in a browser bundle anyway.
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";

type ReactDomServer = typeof import("react-dom/server");

let server: ReactDomServer | undefined;

function reactDomServer(): ReactDomServer {
  // Resolved from the app's own folder (the standalone server's too: next.config
  // traces react-dom into it), the same react-dom `npm ci` installed.
  server ??= createRequire(path.join(process.cwd(), "package.json"))("react-dom/server") as ReactDomServer;
  return server;
}

/** react-dom's version: markup kept in the database names the renderer that made it (lib/mdx/compiled.ts). */
export function staticRendererVersion(): string {
  return reactDomServer().version;
}

/** A whole HTML document: `<!DOCTYPE html>` and the rendered `<html>` element. */
export function renderDocument(html: ReactElement): string {
  return `<!DOCTYPE html>${reactDomServer().renderToStaticMarkup(html)}`;
}

/** The markup of one element (a part of a document, spliced in by the caller). */
export function renderMarkup(element: ReactElement): string {
  return reactDomServer().renderToStaticMarkup(element);
}
