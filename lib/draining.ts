// Set when the process has been asked to stop (SIGTERM/SIGINT): /api/health
// then answers 503 so a load balancer stops sending new requests, while Next's
// own signal handler lets the requests in flight and their after() work finish.
// Shared through globalThis because instrumentation and routes are separate bundles.
// Imported by routes too (api/health): keep it free of anything but node:http.
import http from "node:http";

const DRAINING = Symbol.for("podium.draining");

type WithFlag = typeof globalThis & { [DRAINING]?: boolean };

export function markDraining(): void {
  (globalThis as WithFlag)[DRAINING] = true;
}

export function isDraining(): boolean {
  return (globalThis as WithFlag)[DRAINING] === true;
}

const CLOSE_INSTALLED = Symbol.for("podium.closeWhileDraining");

/**
 * Once draining, every response closes its connection. Next's SIGTERM handler
 * waits for every connection to close, and a front (nginx) that keeps its
 * upstream connections alive can keep sending requests on them for seconds
 * (npm run test:scale saw a 10 s exit once); with `Connection: close` each one
 * ends after the request it carries. Called once from lib/node-startup.ts.
 */
export function installCloseWhileDraining(): void {
  const proto = http.Server.prototype as http.Server & { [CLOSE_INSTALLED]?: boolean };
  if (proto[CLOSE_INSTALLED]) return;
  proto[CLOSE_INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && isDraining()) {
      const response = args[1] as http.ServerResponse;
      response.shouldKeepAlive = false;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}

/** Tests only: back to serving. */
export function stopDrainingForTests(): void {
  (globalThis as WithFlag)[DRAINING] = false;
}
