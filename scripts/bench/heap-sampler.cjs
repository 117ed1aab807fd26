// Preloaded (node --require) into the server by `miss-profile.ts --heap`, never into
// the app: V8's sampling heap profiler, garbage included, switched on and off by
// SIGUSR2, so the bytes each measured miss allocates can be summed by who
// allocated them (the garbage is what the collector's share of a miss's CPU is
// spent on). The first signal starts sampling and writes `<out>.started`; the
// second stops it and writes the profile to `<out>`.
"use strict";
const fs = require("node:fs");
const inspector = require("node:inspector");

const out = process.env.HEAP_SAMPLER_OUT;
if (out) {
  const session = new inspector.Session();
  session.connect();
  let sampling = false;
  process.on("SIGUSR2", () => {
    if (!sampling) {
      sampling = true;
      session.post("HeapProfiler.enable", () =>
        session.post(
          "HeapProfiler.startSampling",
          { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true },
          () => fs.writeFileSync(`${out}.started`, ""),
        ),
      );
    } else {
      sampling = false;
      session.post("HeapProfiler.stopSampling", (error, result) => {
        fs.writeFileSync(out, error ? JSON.stringify({ error: String(error) }) : JSON.stringify(result.profile));
      });
    }
  });
}
