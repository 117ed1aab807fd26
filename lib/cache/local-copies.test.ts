import { describe, expect, it } from "vitest";
import { LocalCopies } from "./local-copies.mjs";

describe("LocalCopies", () => {
  it("evicts the least recently used copies beyond its budget", () => {
    const copies = new LocalCopies(100);
    copies.set("a", 1, "A", 20);
    copies.set("b", 1, "B", 20);
    copies.set("c", 1, "C", 20);
    copies.get("a"); // a is now the most recent
    copies.set("d", 1, "D", 20);
    copies.set("e", 1, "E", 20); // 100 bytes: all fit
    copies.set("f", 1, "F", 20); // over budget: b, the least recently used, goes
    expect(copies.get("b")).toBeUndefined();
    expect(copies.get("a")?.entry).toBe("A");
    expect(copies.bytes).toBe(100);
  });

  it("never keeps an entry larger than a quarter of the budget, and replaces a key's copy", () => {
    const copies = new LocalCopies(100);
    copies.set("big", 1, "X", 26);
    expect(copies.get("big")).toBeUndefined();
    copies.set("k", 1, "old", 10);
    copies.set("k", 2, "new", 12);
    expect(copies.get("k")).toMatchObject({ storedAt: 2, entry: "new" });
    expect(copies.bytes).toBe(12);
  });
});
