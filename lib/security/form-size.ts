// The largest form a staff page may post (a server action's body). Next refuses a
// larger one itself, but with a bare HTTP 500 that tells the editor nothing (an
// article body of 5 MB did that). The proxy answers it first, from the
// Content-Length alone: 413 and a page that says what happened, and that the text
// is still in the form a Back away. The limit itself is Next's default (1 MB), set
// explicitly in next.config.ts from here so the two cannot drift apart; the largest
// form the admin has (an article: a 100,000-character body in Cyrillic, 200 KB in
// UTF-8, plus the other fields) fits well inside it.
export const FORM_BODY_LIMIT_BYTES = 1024 * 1024;

/** Whether a staff-page POST declares a body above the limit. */
export function formTooLarge(method: string, contentLength: string | null): boolean {
  if (method !== "POST" || contentLength === null) return false;
  const bytes = Number(contentLength);
  return Number.isFinite(bytes) && bytes > FORM_BODY_LIMIT_BYTES;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString("en", { maximumFractionDigits: 1 });

/** The 413 answer: a plain page (no scripts, no styles from elsewhere), never stored. */
export function formTooLargeResponse(contentLength: string | null): Response {
  const size = Number(contentLength);
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>The form is too large to send</title></head>
<body><main>
<h1>The form is too large to send</h1>
<p>What you sent is ${megabytes(size)} MB; a form may be at most ${megabytes(FORM_BODY_LIMIT_BYTES)} MB. Nothing was saved.</p>
<p>Go back with your browser's Back button: what you typed is still in the form. An article's text may have at most 100,000 characters; shorten it, or split it into two articles.</p>
</main></body></html>
`;
  return new Response(html, {
    status: 413,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" },
  });
}
