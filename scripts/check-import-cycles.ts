// Part of `npm run lint`: fails on any circle of imports among our modules,
// type-only imports included. ESLint's import-x/no-cycle skips type-only
// imports by design, but a circle closed by a type still tangles the layers
// DESIGN.md orders (code review §1.3 found one in the news editor).
// Resolves specifiers the way tsc does (tsconfig's "@/" paths included) from
// each file's import list alone, so it takes seconds, not a type-check.
import path from "node:path";
import ts from "typescript";
import { findCycles, type ImportGraph } from "./import-cycles";

const root = process.cwd();
const configFile = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
const { options, fileNames } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
const ours = (file: string) => !file.includes("/node_modules/") && !file.includes("/.next/") && !file.endsWith(".d.ts");
const files = fileNames.filter(ours).map((f) => path.resolve(f));
const known = new Set(files);

const graph: ImportGraph = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? "", true, true);
  const targets = importedFiles
    .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
    .filter((target): target is string => target !== undefined && known.has(path.resolve(target)))
    .map((target) => path.resolve(target));
  graph.set(file, targets);
}

const cycles = findCycles(graph);
for (const cycle of cycles) console.error(`Import cycle: ${cycle.map((f) => path.relative(root, f)).join(" <-> ")}`);
console.log(`check-import-cycles: ${files.length} modules, ${cycles.length} cycle(s)`);
process.exit(cycles.length === 0 ? 0 : 1);
