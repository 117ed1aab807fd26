import { describe, expect, it } from "vitest";
import { diffLines, hasChanges } from "./line-diff";
import { displayStatus } from "./status";

const compact = (before: string, after: string) =>
  diffLines(before, after).map((l) => `${l.kind === "same" ? " " : l.kind === "added" ? "+" : "-"}${l.text}`);

describe("diffLines", () => {
  it("marks nothing when equal", () => {
    expect(hasChanges(diffLines("a\nb", "a\nb"))).toBe(false);
    expect(diffLines("", "")).toEqual([]);
  });

  it("shows a changed line as removed then added, with the rest unchanged", () => {
    expect(compact("a\nb\nc", "a\nB\nc")).toEqual([" a", "-b", "+B", " c"]);
  });

  it("aligns insertions and deletions in the middle", () => {
    expect(compact("one\ntwo\nthree\nfour", "zero\none\nthree\nfour\nfive")).toEqual(["+zero", " one", "-two", " three", " four", "+five"]);
  });

  it("numbers lines on both sides and treats CRLF like LF", () => {
    const lines = diffLines("a\r\nb\r\nc", "a\nx\nb\nc");
    expect(lines.map((l) => [l.kind, l.oldLine, l.newLine])).toEqual([
      ["same", 1, 1],
      ["added", undefined, 2],
      ["same", 2, 3],
      ["same", 3, 4],
    ]);
  });

  it("stays correct on large inputs past the table budget", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `old ${i}`).join("\n");
    const after = Array.from({ length: 3000 }, (_, i) => `new ${i}`).join("\n");
    const lines = diffLines(`head\n${before}\ntail`, `head\n${after}\ntail`);
    expect(lines.filter((l) => l.kind === "removed")).toHaveLength(3000);
    expect(lines.filter((l) => l.kind === "added")).toHaveLength(3000);
    expect(lines[0]).toMatchObject({ kind: "same", text: "head" });
    expect(lines.at(-1)).toMatchObject({ kind: "same", text: "tail", oldLine: 3002, newLine: 3002 });
  });
});

describe("displayStatus", () => {
  const now = new Date("2024-06-01T12:00:00Z");
  it("calls a published article with a future time scheduled", () => {
    expect(displayStatus("draft", null, now)).toBe("draft");
    expect(displayStatus("draft", new Date("2030-01-01"), now)).toBe("draft");
    expect(displayStatus("published", new Date("2024-06-01T12:00:01Z"), now)).toBe("scheduled");
    expect(displayStatus("published", new Date("2024-06-01T12:00:00Z"), now)).toBe("published");
  });
});
