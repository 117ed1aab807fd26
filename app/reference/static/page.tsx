// A fully static page (rendered at build, no data, no MDX), served by Next the
// same way as a cached ISR page. `npm run bench` measures it as the ceiling for
// Next itself; its size is close to an article page's.
import type { Metadata } from "next";
import "../../globals.css";

export const dynamic = "force-static";
export const metadata: Metadata = { title: "Static reference", robots: { index: false, follow: false } };

const paragraph =
  "This page exists so that the benchmark can compare cached forum pages with the fastest thing Next can serve: a page rendered once at build time. It has no data, no MDX and no client components. ";

export default function StaticReference() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container page">
          <h1>Static reference page</h1>
          {Array.from({ length: 60 }, (_, i) => (
            <p key={i}>{paragraph.repeat(2)}</p>
          ))}
        </main>
      </body>
    </html>
  );
}
