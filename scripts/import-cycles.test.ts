import { describe, expect, it } from "vitest";
import { findCycles, type ImportGraph } from "./import-cycles";

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe("findCycles", () => {
  it("finds none in a tree or a diamond", () => {
    expect(findCycles(graph({ a: ["b", "c"], b: ["d"], c: ["d"], d: [] }))).toEqual([]);
  });

  it("finds a three-module circle as one component, whatever module it starts from", () => {
    expect(findCycles(graph({ x: ["a"], a: ["b"], b: ["c"], c: ["a"] }))).toEqual([["a", "b", "c"]]);
  });

  it("finds separate circles separately, and a module importing itself", () => {
    const cycles = findCycles(graph({ a: ["b"], b: ["a"], c: ["d"], d: ["c"], e: ["e"] }));
    expect(cycles).toHaveLength(3);
    expect(cycles).toEqual(expect.arrayContaining([["a", "b"], ["c", "d"], ["e"]]));
  });

  it("ignores edges to modules outside the graph (packages)", () => {
    expect(findCycles(graph({ a: ["react"], b: ["a"] }))).toEqual([]);
  });
});
