#!/usr/bin/env bash
# The unit and integration tests once more, under Node 24: the Docker image runs
# Node 24 (Node 20, which these machines run, reached its end of life in April 2026).
#
#   bash scripts/ci-node24.sh          (DATABASE_URL as for `npm run test:int`)
#
# Where Node 24 comes from: scripts/node24.ts, the npm registry's official
# `node-linux-<arch>` binary in a folder of its own outside the checkout (NODE24_DIR,
# default ~/.cache/podium-node24). The project's node_modules, built for Node 20, are
# used as they are: the native modules (sharp, @node-rs/argon2) are N-API prebuilds,
# which load under any Node with that N-API version. The script checks that they
# load before running the tests.
#
# Prints the totals of each project and a closing line; exits 1 if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

echo "[node24] Node 24 from the npm registry (scripts/node24.ts) …"
node24="$(npx tsx scripts/node24.ts)"
version="$("$node24" -v)"
echo "[node24] $version (N-API $("$node24" -p process.versions.napi), ABI $("$node24" -p process.versions.modules))"

# The native modules from the Node 20 install must load as they are.
"$node24" -e "
  const sharp = require('sharp');
  const argon2 = require('@node-rs/argon2');
  require('pg');
  console.log('[node24] native modules load: sharp ' + sharp.versions.sharp + ' (libvips ' + sharp.versions.vips + '), @node-rs/argon2 ' + typeof argon2.hash);
"

# Any `node` a test spawns is Node 24 too (npx and friends run on `#!/usr/bin/env node`).
export PATH="$(dirname "$node24"):$PATH"

reports=.test-reports/node24
rm -rf "$reports"
mkdir -p "$reports"
status=0
for project in unit int; do
  echo "[node24] vitest --project $project"
  "$node24" node_modules/vitest/vitest.mjs run --project "$project" \
    --reporter=default --reporter=json "--outputFile.json=$reports/$project.json" || status=1
done

# Totals, the way scripts/test-all.ts counts them (a project that exits non-zero with
# no failed test, e.g. a crash before the report, counts as one failure).
"$node24" - "$reports" "$version" "$status" <<'EOF'
const fs = require("node:fs");
const [reports, version, status] = process.argv.slice(2);
const sum = { passed: 0, failed: 0, skipped: 0 };
for (const project of ["unit", "int"]) {
  const file = `${reports}/${project}.json`;
  const r = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
  const t = r
    ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }
    : { passed: 0, failed: 1, skipped: 0 };
  console.log(`[node24] ${project}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  sum.passed += t.passed;
  sum.failed += t.failed;
  sum.skipped += t.skipped;
}
if (status !== "0" && sum.failed === 0) sum.failed = 1;
// The closing line in the form .ci/run sums: "N passed, N failed, N skipped".
console.log(`${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped (unit and int under Node ${version})`);
EOF
exit "$status"
