// Loads one URL with autocannon: warm-up first, then a bounded measured run.
import autocannon from "autocannon";

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number; bytesPerReq: number };

function run(url: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function load(url: string, connections: number, seconds: number, warmupSeconds = 2): Promise<LoadResult> {
  await run(url, connections, warmupSeconds);
  const result = await run(url, connections, seconds);
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerReq: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}
