import "server-only";
// Route handlers for unknown paths under prefixes that proxy.ts never sees (its
// matcher leaves /api/, /admin/api/ and /media/ out, so that request bodies such
// as logo uploads are not buffered and images cost no proxy run). Without a
// catch-all of their own, such a path (/api/x, /media/1/x) matches
// app/[locale] with the prefix as its "locale", whose notFound() answers Next's
// empty error shell. These answer the default locale's 404 document instead,
// with its text in the HTML, for every method.
import { defaultLocale } from "@/lib/site-config";
import { devOriginOf, notFoundResponse } from "./site-page";

/** Every method of a catch-all route.ts (Next answers HEAD with GET's and OPTIONS itself). */
export function unknownPath(request: Request): Promise<Response> {
  return notFoundResponse(defaultLocale, devOriginOf(request));
}
