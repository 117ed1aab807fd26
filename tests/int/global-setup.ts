import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One migrated database per integration run, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("podium_int");
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
