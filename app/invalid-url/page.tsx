// Target of proxy.ts for URLs with broken percent-encoding. A static route on
// purpose: Next re-matches the original URL against a dynamic route's pattern
// and fails to decode it (a bare 500); against a static route it does not.
import { notFound } from "next/navigation";

export default function InvalidUrl() {
  notFound();
}
