import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "@/tests/support/local-http-server";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp, parseTrustedProxies, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  const trusted = parseTrustedProxies("127.0.0.1, ::1");

  it("believes X-Real-IP only from a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolveClientAddress("198.51.100.4", "203.0.113.9", trusted)).toBe("198.51.100.4");
  });

  it("falls back to the peer when the proxy's header is missing or not an address", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "<script>", trusted)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, "203.0.113.9", trusted)).toBe("unknown");
  });

  it("trusts nobody by default and refuses a malformed TRUSTED_PROXIES", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9", parseTrustedProxies(undefined))).toBe("127.0.0.1");
    expect(() => parseTrustedProxies("10.0.0.0/8")).toThrow(/not an IP address/);
  });
});

describe("installClientAddressStamp", () => {
  const servers: LocalServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it("replaces a forged header with the peer's address on a real server", async () => {
    installClientAddressStamp(parseTrustedProxies("127.0.0.2"));
    const server = await startLocalServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])));
    servers.push(server);
    const { port } = server;
    const ask = (localAddress: string) =>
      new Promise<string>((resolve, reject) => {
        const req = http.get(
          { host: "127.0.0.1", port, localAddress, headers: { "x-real-ip": "6.6.6.6", "x-forwarded-for": "6.6.6.6", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" } },
          (res) => {
            let body = "";
            res.on("data", (chunk) => (body += chunk));
            res.on("end", () => resolve(body));
          },
        );
        req.on("error", reject);
      });
    expect(await ask("127.0.0.3")).toBe("127.0.0.3");
    // From the trusted proxy's address, its X-Real-IP is the client.
    expect(await ask("127.0.0.2")).toBe("6.6.6.6");
  });
});
