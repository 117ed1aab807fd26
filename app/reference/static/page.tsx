// A fully static page (rendered at build, no data, no MDX), served by Next the
// same way as a cached ISR page. `npm run bench` measures it as the ceiling for
// Next itself. Next's cost per cached response grows with its size, so the page
// is as heavy as a benchmark article (about 95 KB of HTML with its inline RSC
// payload); the bench prints every target's KB per response beside its req/s.
import type { Metadata } from "next";
import "../../globals.css";

export const dynamic = "force-static";
export const metadata: Metadata = { title: "Static reference", robots: { index: false, follow: false } };

const PARAGRAPHS = 105;
const paragraph =
  "This page exists so that the benchmark can compare cached forum pages with the fastest thing Next can serve: a page rendered once at build time. It has no data, no MDX and no client components. ";

export default function StaticReference() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container page">
          <h1>Static reference page</h1>
          {Array.from({ length: PARAGRAPHS }, (_, i) => (
            <p key={i}>{paragraph.repeat(2)}</p>
          ))}
        </main>
      </body>
    </html>
  );
}
