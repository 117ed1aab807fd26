// Real HTTP servers on 127.0.0.1 for tests: one that answers with a handler,
// and a port that nothing listens on (a listener that is down).
import http from "node:http";
import type { AddressInfo } from "node:net";

export type LocalServer = { base: string; port: number; close: () => Promise<void> };

export async function startLocalServer(handler: http.RequestListener): Promise<LocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A loopback port that was free a moment ago: connections to it are refused. */
export async function closedPort(): Promise<number> {
  const probe = await startLocalServer(() => undefined);
  await probe.close();
  return probe.port;
}
