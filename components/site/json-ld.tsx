// A page's JSON-LD graph (lib/structured-data.ts) as a script element, which
// crawlers read and browsers do not run.
import { jsonLdText } from "@/lib/structured-data";

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
