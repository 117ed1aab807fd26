// The machine's speed at the time of a run, as one fixed piece of pure JavaScript
// work timed in the bench's own process. CPU-time figures (a miss's server CPU)
// move with the machine: on these shared 2-core VMs the same loop took 282 to
// 477 ms within one minute (2026-11-30). Printed beside the figures, so that
// runs on different days can be read against each other.

/** Median wall time (ms) of a fixed integer loop, three times. */
export function calibrationLoopMs(): number {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < 200_000_000; i++) sum += i % 7;
    if (sum < 0) throw new Error("unreachable: keeps the loop from being optimised away");
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[1]!);
}
