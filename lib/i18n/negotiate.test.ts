import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"],
    ["en-GB,en;q=0.9,ru;q=0.8", "en"],
    ["de-DE,de;q=0.9,ru;q=0.5,en;q=0.4", "ru"],
    ["fr,de", "en"],
    ["en;q=0.2,ru;q=0.8", "ru"],
    ["ru;q=0,en;q=0.1", "en"],
    ["*", "en"],
    ["RU", "ru"],
    ["ru;q=abc,en", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
