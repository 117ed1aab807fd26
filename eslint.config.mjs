// `npm run lint` (with knip): Next's and TypeScript's rules, and no import
// cycles anywhere (issue 12). Cycles are checked through the `@/` tsconfig
// paths, and with type-only imports counted, so a circle that only types
// close still fails.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { "import-x": importX },
    settings: {
      // Without these import-x reads only .js files, and no-cycle silently sees no edges between .ts(x) files.
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json", alwaysTryTypes: true })],
    },
    rules: {
      "import-x/no-cycle": "error",
      // Rest siblings are how the code drops a field from a copy (`{ body: _body, ...meta }`).
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // The staff area links with plain <a> on purpose: full page loads, as without JavaScript; <Link> would change that.
      "@next/next/no-html-link-for-pages": "off",
      // Images come from /media at the sizes the upload pipeline chose; next/image would add a second resizer.
      "@next/next/no-img-element": "off",
      // Aimed at pages/_document; app-router root layouts (components/site/site-document.tsx) write <head> themselves.
      "@next/next/no-head-element": "off",
    },
  },
  {
    files: ["db/**"],
    // The data layer imports packages and db/ only (docs/ARCHITECTURE.md, "Layers"): types a query
    // takes are declared in db/, and lib/validation's schemas are checked against them, not the reverse.
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./db",
              from: ["./lib", "./components", "./app"],
              message: "db/ is the lowest layer: it imports packages and db/ only (declare a type a query takes in db/; lib/ may import it).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    // CommonJS files (node --require preloads) have nothing but require().
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    // Tests walk parsed JSON (JSON-LD, reports) whose shape is the very thing they assert.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["lib/cache/*.d.mts"],
    // They type plain-JS cache handlers whose entries are Next's internal, unexported types.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "coverage/**",
    "next-env.d.ts",
    ".data/**",
    ".test-reports/**",
    "test-results/**",
    "playwright-report/**",
    "lighthouse/reports/**",
    "bench/results/**",
    "db/migrations/meta/**",
  ]),
]);
