// Set when the process has been asked to stop (SIGTERM/SIGINT): /api/health
// then answers 503 so a load balancer stops sending new requests, while Next's
// own signal handler lets the requests in flight and their after() work finish.
// Shared through globalThis because instrumentation and routes are separate bundles.
const DRAINING = Symbol.for("podium.draining");

type WithFlag = typeof globalThis & { [DRAINING]?: boolean };

export function markDraining(): void {
  (globalThis as WithFlag)[DRAINING] = true;
}

export function isDraining(): boolean {
  return (globalThis as WithFlag)[DRAINING] === true;
}
