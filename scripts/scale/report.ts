// Pass/fail bookkeeping for `npm run test:scale`: every check prints its
// figures as it runs, and the run ends with "N passed, N failed".
export type Outcome = { name: string; ok: boolean; detail: string };

const outcomes: Outcome[] = [];

/** Records one check: `ok` decides, `detail` carries the figures it was decided on. */
export function check(name: string, ok: boolean, detail = ""): boolean {
  outcomes.push({ name, ok, detail });
  console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}${detail ? `  (${detail})` : ""}`);
  return ok;
}

/** A figure worth printing that decides nothing on its own. */
export function info(line: string): void {
  console.log(`        ${line}`);
}

export function section(title: string): void {
  console.log(`\n== ${title}`);
}

export function failedCount(): number {
  return outcomes.filter((o) => !o.ok).length;
}

export function summary(): string {
  const failed = outcomes.filter((o) => !o.ok);
  const lines = failed.length ? ["", "Failed:", ...failed.map((o) => `  - ${o.name}${o.detail ? `: ${o.detail}` : ""}`)] : [];
  return [...lines, "", `${outcomes.length - failed.length} passed, ${failed.length} failed`].join("\n");
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
}

export const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "never");
