import { describe, expect, it } from "vitest";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { parseAuditFilter, startOfZonedDay } from "./audit";

describe("startOfZonedDay", () => {
  it("finds midnight in Moscow (UTC+3) and in a zone with daylight saving", () => {
    expect(startOfZonedDay("2026-04-21").toISOString()).toBe("2026-04-20T21:00:00.000Z");
    expect(startOfZonedDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfZonedDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfZonedDay("2026-01-01", "UTC").toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("parseAuditFilter", () => {
  it("takes no filter as page 1 of everything", () => {
    expect(parseAuditFilter({})).toEqual({ ok: true, filter: { page: 1 }, range: { from: undefined, before: undefined } });
  });

  it("turns an inclusive day range into [start of from, start of the day after to)", () => {
    const parsed = parseAuditFilter({ entity: "staff_user", action: "disable", actor: "Admin@E2E.test", from: "2026-04-19", to: "2026-04-21", page: "2" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.filter).toMatchObject({ entity: "staff_user", action: "disable", actor: "Admin@E2E.test", page: 2 });
    expect(parsed.range.from?.toISOString()).toBe("2026-04-18T21:00:00.000Z");
    expect(parsed.range.before?.toISOString()).toBe("2026-04-21T21:00:00.000Z");
  });

  it("ignores blanks and takes the first of repeated parameters", () => {
    const parsed = parseAuditFilter({ entity: "", action: ["create", "delete"], page: "" });
    expect(parsed).toMatchObject({ ok: true, filter: { action: "create", page: 1 } });
  });

  it("answers messages, never throws, for bad input", () => {
    for (const params of [
      { from: "2026-02-30" },
      { from: "yesterday" },
      { to: "2026-13-01" },
      { from: "2026-05-01", to: "2026-04-01" },
      { page: "0" },
      { page: "abc" },
      { page: "1e9" },
      { entity: "<script>" },
      { action: "x".repeat(100) },
      { actor: "a".repeat(300) },
    ]) {
      const parsed = parseAuditFilter(params);
      expect(parsed.ok, JSON.stringify(params)).toBe(false);
      if (!parsed.ok) expect(parsed.messages.length).toBeGreaterThan(0);
    }
  });

  it("names its messages by key, worded in English as before and in Russian", () => {
    const words = (params: Record<string, string | undefined>, locale: "en" | "ru") => {
      const parsed = parseAuditFilter(params);
      return parsed.ok ? [] : parsed.messages.map((m) => translateMessage(locale, m));
    };
    expect(words({ from: "2026-05-01", to: "2026-04-01" }, "en")).toEqual(["The “From” date must not be after the “To” date."]);
    expect(words({ from: "2026-05-01", to: "2026-04-01" }, "ru")).toEqual(["Дата «С» не может быть позже даты «По»."]);
    expect(words({ from: "2026-02-30", page: "0" }, "en")).toEqual(["From: there is no such day.", "Page: use a whole number from 1."]);
    expect(words({ from: "2026-02-30", page: "0" }, "ru")).toEqual(["Дата «С»: такого дня нет.", "Страница: введите целое число от 1."]);
    expect(words({ entity: "<script>" }, "ru")).toEqual(["Тип записи: выберите из списка."]);
    // Every message any bad input can give is a key with words in both languages.
    for (const params of [{ entity: "x".repeat(65) }, { action: "<b>" }, { actor: "a".repeat(300) }, { to: "soon" }, { page: "200000" }]) {
      for (const locale of ["en", "ru"] as const) {
        const texts = words(params, locale);
        expect(texts.length, JSON.stringify(params)).toBeGreaterThan(0);
        for (const text of texts) expect(text).not.toMatch(/^audit\./);
      }
    }
  });
});
