// Where next.config.ts's rewrites send a router request (RSC header) for a page
// that has no flight data (every public page is a plain HTML document). Never the HTML:
// a router must not get a document where it expects flight data. Next's router
// takes any other answer as "load this address as a document", which is what
// the visitor needs. Not stored by anyone.
export const dynamic = "force-dynamic";

const refusal = () =>
  new Response("This page is a plain HTML document: request it without the RSC header.\n", {
    status: 406,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", Vary: "RSC" },
  });

export const GET = refusal;
export const HEAD = refusal;
