import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: { "@": root, "server-only": `${root}tests/support/empty-module.ts` },
  },
  test: {
    // A .only left in a file fails the run in CI instead of silently skipping the rest.
    allowOnly: !process.env.CI,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "lib/**/*.test.tsx", "components/**/*.test.ts", "components/**/*.test.tsx", "db/**/*.test.ts", "tests/support/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["tests/int/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/int/global-setup.ts"],
          // One database per run; files share it, so run them one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
