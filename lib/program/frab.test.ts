import { describe, expect, it } from "vitest";
import { person, session, snapshot } from "@/tests/support/program-snapshot";
import { renderFrabJson } from "./frab";
import { sessionUid } from "./uid";
import { indexProgram } from "./view";

const urls = {
  session: (s: { code: string }) => `https://forum.example/ru/program/${s.code}`,
  speaker: (slug: string) => `https://forum.example/ru/speakers/${slug}`,
  program: "https://forum.example/ru/program",
  base: "https://forum.example/",
};

describe("/program.json (frab/c3voc schedule)", () => {
  const people = [person(1, "pavel-gromov", ["Pavel", "Павел"], ["Gromov", "Громов"])];
  const sessions = [
    session(1, "PL3NRY", { formatId: 3, people: [{ personId: 1, role: "moderator", order: 0, position: { en: "", ru: "" }, organisation: { en: "", ru: "" } }, { personId: 7, role: "speaker", order: 0, position: { en: "", ru: "" }, organisation: { en: "", ru: "" } }] }),
    session(2, "BRK222", { formatId: 2, startsAt: "2012-04-19T07:30:00.000Z", endsAt: "2012-04-19T08:30:00.000Z" }),
    session(3, "DAY222", { hallId: 2, day: "2012-04-20", startsAt: "2012-04-20T04:00:00.000Z", endsAt: "2012-04-20T06:15:00.000Z", status: "cancelled" }),
  ];
  const json = JSON.parse(renderFrabJson(indexProgram(snapshot(sessions, people)), "ru", urls));

  it("has the conference, its days and rooms with local times and offsets", () => {
    const conference = json.schedule.conference;
    expect(json.$schema).toBe("https://c3voc.de/schedule/schema.json");
    expect(conference).toMatchObject({ start: "2012-04-19", end: "2012-04-21", daysCount: 2, time_zone_name: "Asia/Yekaterinburg" });
    expect(conference.days.map((d: { date: string }) => d.date)).toEqual(["2012-04-19", "2012-04-20"]);
    const first = conference.days[0];
    expect(first.day_start).toBe("2012-04-19T11:00+06:00");
    expect(Object.keys(first.rooms)).toEqual(["Конгресс-холл"]);
    const plenary = first.rooms["Конгресс-холл"][0];
    expect(plenary).toMatchObject({ guid: sessionUid("PL3NRY"), code: "PL3NRY", start: "11:00", duration: "02:00", date: "2012-04-19T11:00+06:00", type: "Пленарное заседание", language: "ru" });
    expect(conference.days[1].rooms["Зал А"][0]).toMatchObject({ duration: "02:15", status: "cancelled" });
  });

  it("leaves breaks out and names consented people only", () => {
    const all = json.schedule.conference.days.flatMap((d: { rooms: Record<string, unknown[]> }) => Object.values(d.rooms).flat());
    expect(all.map((e: { code: string }) => e.code)).toEqual(["PL3NRY", "DAY222"]);
    const plenary = all[0] as { persons: { name: string; role: string }[] };
    expect(plenary.persons).toEqual([expect.objectContaining({ name: "Павел Громов", role: "moderator", code: "pavel-gromov" })]);
  });
});
