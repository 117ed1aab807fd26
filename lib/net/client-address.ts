// The client's address, as the app records it for sign-in throttling and the
// audit log. Route handlers and server actions only see headers, and any client
// can send X-Forwarded-For, so the address is decided where the TCP peer is
// known: on each incoming request, before Next sees it, this writes
// CLIENT_ADDRESS_HEADER (replacing whatever the client sent under that name).
// The proxy's X-Real-IP (deploy/nginx sets it to $remote_addr) is believed only
// when the request comes from an address in TRUSTED_PROXIES; otherwise the
// peer itself is the client.
import http from "node:http";
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-podium-client-address";

/** TRUSTED_PROXIES: comma-separated IP addresses of the proxies in front (default: none). */
export function parseTrustedProxies(value: string | undefined): ReadonlySet<string> {
  const addresses = (value ?? "")
    .split(",")
    .map((part) => normalizeAddress(part.trim()))
    .filter(Boolean);
  for (const address of addresses) {
    if (!isIP(address)) throw new Error(`TRUSTED_PROXIES: "${address}" is not an IP address`);
  }
  return new Set(addresses);
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
function normalizeAddress(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

export function resolveClientAddress(peer: string | undefined, realIpHeader: string | string[] | undefined, trusted: ReadonlySet<string>): string {
  const peerAddress = normalizeAddress(peer ?? "");
  if (peerAddress && trusted.has(peerAddress)) {
    const forwarded = (Array.isArray(realIpHeader) ? realIpHeader[0] : realIpHeader)?.trim();
    if (forwarded && isIP(forwarded)) return normalizeAddress(forwarded);
  }
  return peerAddress || "unknown";
}

const INSTALLED = Symbol.for("podium.clientAddressStamp");

/** Stamps every request this process's HTTP servers receive (called once from instrumentation.ts). */
export function installClientAddressStamp(trusted: ReadonlySet<string>): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket?.remoteAddress, request.headers["x-real-ip"], trusted);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
