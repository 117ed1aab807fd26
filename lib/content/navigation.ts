// The event pages' titles for the site header, read once per process in
// production: the header is on every page, and reading and parsing four files
// each time cost about 3 ms of every render (npm run bench's miss profile).
// content/ is deployed with the code, so it cannot change under a running
// server; in development it is read each time so edits show at once.
import { perLocaleMemo } from "@/lib/per-locale-memo";
import { listPages } from "./pages";

export const navigationPages = perLocaleMemo(listPages);
