import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { installCloseWhileDraining, markDraining, stopDrainingForTests } from "./draining";

function get(port: number, agent: http.Agent): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, host: "127.0.0.1", agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.headers.connection));
      })
      .on("error", reject);
  });
}

describe("installCloseWhileDraining", () => {
  const server = http.createServer((_req, res) => res.end("ok"));
  const agent = new http.Agent({ keepAlive: true });
  afterAll(() => {
    stopDrainingForTests();
    agent.destroy();
    server.close();
  });

  it("keeps connections alive while serving, and closes each after its response once draining", async () => {
    installCloseWhileDraining();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    expect(await get(port, agent)).toBe("keep-alive");
    markDraining();
    expect(await get(port, agent)).toBe("close");
  });
});
