import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { person, session, snapshot } from "@/tests/support/program-snapshot";
import { renderCalendar, type CalendarText } from "./ics";
import { sessionUid } from "./uid";
import { indexProgram } from "./view";

const texts: Record<"en" | "ru", CalendarText> = {
  ru: {
    calendarName: "Программа форума",
    roles: { moderator: "Модератор", co_moderator: "Сомодератор", keynote: "Основной докладчик", speaker: "Спикер" },
    cancelled: "ОТМЕНЕНО",
    movedOnline: "Перенесено в онлайн",
  },
  en: {
    calendarName: "Forum programme",
    roles: { moderator: "Moderator", co_moderator: "Co-moderator", keynote: "Keynote", speaker: "Speaker" },
    cancelled: "CANCELLED",
    movedOnline: "Moved online",
  },
};

const longTitle =
  "Регионы инноваций: конкуренция за людей, технологии и капитал 🚀🇷🇺 — пленарное заседание; «кластеры», кооперация, венчурный капитал, трансфер технологий и снова — регионы, регионы и регионы 👩‍🔬";

function render(sessions = [session(1, "PL3NRY", { title: { en: "Plenary, with; commas\\and backslash", ru: longTitle }, people: [{ personId: 1, role: "moderator", order: 0, position: { en: "Editor", ru: "Главный редактор" }, organisation: { en: "Kapital-Perm", ru: "«Капитал-Пермь»" } }] })], locale: "ru" | "en" = "ru") {
  const people = [person(1, "pavel-gromov", ["Pavel", "Павел"], ["Gromov", "Громов"])];
  return renderCalendar({
    index: indexProgram(snapshot(sessions, people)),
    locale,
    sessions,
    text: texts[locale],
    sessionUrl: (s) => `https://forum.example/${locale}/program/${s.code}-${s.slug[locale]}`,
    selfUrl: `https://forum.example/${locale}/program.ics`,
  });
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("programme calendars", () => {
  it("folds every line at 75 octets, counted in bytes, without splitting a character", () => {
    const ics = render();
    expect(ics).toContain("\r\n");
    const lines = ics.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    // Cyrillic is two bytes a letter, so the title needed folding…
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(3);
    // …and no line holds half a character (U+FFFD would appear on decoding).
    for (const line of lines) expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    expect(unfold(ics)).toContain(`SUMMARY:${longTitle.replace(/[,;]/g, (c) => `\\${c}`)}`);
  });

  it("escapes TEXT (comma, semicolon, backslash, newline) and a parser reads it back", () => {
    const ics = render(undefined, "en");
    expect(unfold(ics)).toContain("SUMMARY:Plenary\\, with\\; commas\\\\and backslash");
    const parsed = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(parsed.getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("Plenary, with; commas\\and backslash");
    expect(event.description).toContain("Moderator: Pavel Gromov (Editor, Kapital-Perm)\n");
    const ru = new ICAL.Event(new ICAL.Component(ICAL.parse(render())).getFirstSubcomponent("vevent")!);
    expect(ru.summary).toBe(longTitle);
  });

  it("gives times in UTC, a UID shared by both locales, SEQUENCE from the data and no METHOD", () => {
    const s = session(1, "PL3NRY", { icsSequence: 3 });
    const ru = unfold(render([s], "ru"));
    const en = unfold(render([s], "en"));
    expect(ru).toContain("DTSTART:20120419T050000Z");
    expect(ru).toContain("DTEND:20120419T070000Z");
    expect(ru).toContain(`UID:${sessionUid("PL3NRY")}`);
    expect(en).toContain(`UID:${sessionUid("PL3NRY")}`);
    expect(sessionUid("PL3NRY")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sessionUid("PL3NRY")).not.toBe(sessionUid("PL3NRZ"));
    expect(ru).toContain("SEQUENCE:3");
    expect(ru).not.toContain("METHOD:");
    expect(ru).toContain("DTSTAMP:20120416T090000Z");
  });

  it("keeps a cancelled session, marked CANCELLED, and leaves breaks out", () => {
    const ics = unfold(
      render([
        session(1, "CANC22", { status: "cancelled", icsSequence: 1 }),
        session(2, "BRK222", { formatId: 2 }),
      ]),
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("DESCRIPTION:ОТМЕНЕНО");
  });

  it("names no one who is not among the snapshot's (consented) people", () => {
    const s = session(1, "PL3NRY", {
      people: [
        { personId: 1, role: "moderator", order: 0, position: { en: "", ru: "" }, organisation: { en: "", ru: "" } },
        { personId: 99, role: "speaker", order: 0, position: { en: "Secret", ru: "Секрет" }, organisation: { en: "Hidden Co", ru: "Скрыто" } },
      ],
    });
    const ics = unfold(render([s], "en"));
    expect(ics).toContain("Moderator: Pavel Gromov");
    expect(ics).not.toContain("Hidden Co");
    expect(ics).not.toContain("Speaker:");
  });

  it("is byte-identical when nothing changed", () => {
    expect(render()).toBe(render());
  });
});
