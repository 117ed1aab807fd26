// `npm test`: the lint and the typecheck, unit tests, integration tests against
// a real PostgreSQL, then browser tests against a production build. Prints one
// closing line with the totals of all of them (.ci/run adds it to its own).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

type Totals = { passed: number; failed: number; skipped: number };

const run = (command: string, args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (code) => resolve(code ?? 1));
  });

/** The parts of Vitest's and Playwright's JSON reports that the totals need. */
type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
type PlaywrightReport = { stats: { expected: number; flaky: number; unexpected: number; skipped: number } };

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function vitestTotals(file: string): Totals {
  const r = readJson<VitestReport>(file);
  return r ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests } : { passed: 0, failed: 1, skipped: 0 };
}

function playwrightTotals(file: string): Totals {
  const r = readJson<PlaywrightReport>(file);
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

/** Lint and typecheck report no test counts: each is one check, passed or failed. */
function checkTotals(status: number): Totals {
  return status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

rmSync(".test-reports", { recursive: true, force: true });
const steps: { name: string; status: number; totals: () => Totals }[] = [];

// First, and cheap: a lint or type error fails `npm test` (the test runners still run, for the full picture).
for (const script of ["lint", "typecheck"]) {
  const status = await run("npm", ["run", script]);
  steps.push({ name: script, status, totals: () => checkTotals(status) });
}

for (const project of ["unit", "int"]) {
  const out = `.test-reports/vitest-${project}.json`;
  const status = await run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  steps.push({ name: project, status, totals: () => vitestTotals(out) });
}
const e2eStatus = await run("npx", ["tsx", "scripts/e2e.ts"]);
steps.push({ name: "e2e", status: e2eStatus, totals: () => playwrightTotals(".test-reports/e2e.json") });

const sum: Totals = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
  const t = step.totals();
  console.log(`${step.name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (exit ${step.status})`);
  sum.passed += t.passed;
  sum.failed += t.failed + (step.status !== 0 && t.failed === 0 ? 1 : 0);
  sum.skipped += t.skipped;
}
console.log(`${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
process.exit(steps.every((s) => s.status === 0) ? 0 : 1);
