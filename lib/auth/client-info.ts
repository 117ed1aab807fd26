// Who is calling: the address lib/net/client-address.ts stamped on the request
// (the TCP peer, or the trusted proxy's X-Real-IP). Never a header the client
// chose: X-Forwarded-For is not read here.
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

export function clientIp(headers: Headers): string {
  return (headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown").slice(0, 64);
}

export function userAgent(headers: Headers): string | null {
  return headers.get("user-agent")?.slice(0, 300) ?? null;
}
