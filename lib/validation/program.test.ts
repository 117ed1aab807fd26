import { describe, expect, it } from "vitest";
import { translateMessage } from "@/lib/i18n/admin-errors";
import { sessionInput, sessionInstants } from "./program";

const valid = {
  titleEn: "Cluster policy",
  titleRu: "Кластерная политика",
  slugEn: "cluster-policy",
  slugRu: "klasternaya-politika",
  formatId: "3",
  trackId: "",
  hallId: "2",
  day: "2012-04-21",
  start: "11:00",
  end: "13:30",
  status: "scheduled",
  people: [{ personId: "5", role: "moderator" }, { personId: "7", role: "speaker", organisationRu: "ОЭЗ «Зеленоград»" }],
};

describe("a programme session from the editor", () => {
  it("parses strings into ids, nulls and people with roles", () => {
    const parsed = sessionInput.parse(valid);
    expect(parsed).toMatchObject({ formatId: 3, trackId: null, hallId: 2, status: "scheduled" });
    expect(parsed.people).toEqual([
      { personId: 5, role: "moderator", positionEn: "", positionRu: "", organisationEn: "", organisationRu: "" },
      { personId: 7, role: "speaker", positionEn: "", positionRu: "", organisationEn: "", organisationRu: "ОЭЗ «Зеленоград»" },
    ]);
    expect(sessionInstants(parsed, "Asia/Yekaterinburg")).toEqual({ startsAt: new Date("2012-04-21T05:00:00Z"), endsAt: new Date("2012-04-21T07:30:00Z") });
  });

  it("refuses a session that ends before it starts, with a message on the end field", () => {
    const result = sessionInput.safeParse({ ...valid, start: "14:00", end: "13:00" });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["end"], message: "programSessions.errors.endBeforeStart" })]);
    expect(translateMessage("en", result.error!.issues[0]!.message)).toBe("The session must end after it starts.");
    expect(translateMessage("ru", result.error!.issues[0]!.message)).toBe("Сессия должна заканчиваться позже, чем начинается.");
    expect(sessionInput.safeParse({ ...valid, start: "14:00", end: "14:00" }).success).toBe(false);
  });

  it("refuses a role outside the list, a person listed twice, bad ids, slugs and times", () => {
    const issues = (input: object) => sessionInput.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${translateMessage("en", i.message)}`);
    expect(issues({ ...valid, people: [{ personId: "5", role: "chair" }] })).toEqual(["people.0.role: Choose moderator, co-moderator, keynote speaker or speaker."]);
    expect(issues({ ...valid, people: [{ personId: "5", role: "speaker" }, { personId: "5", role: "moderator" }] })).toEqual(["people.1.personId: This person is listed twice."]);
    expect(issues({ ...valid, hallId: "abc" })).toEqual(["hallId: Choose from the list."]);
    expect(issues({ ...valid, slugEn: "Not A Slug" })?.[0]).toMatch(/^slugEn: Use lowercase Latin letters/);
    expect(issues({ ...valid, start: "25:00" })).toEqual(["start: Enter the time as HH:MM."]);
    expect(issues({ ...valid, status: "postponed" })).toEqual(["status: Choose a status from the list."]);
  });

  it("names each problem in the editor's language", () => {
    const result = sessionInput.safeParse({ ...valid, titleRu: " ", hallId: "abc", start: "25:00", people: [{ personId: "5", role: "chair" }] });
    const messages = (locale: "en" | "ru") => result.error!.issues.map((i) => `${i.path.join(".")}: ${translateMessage(locale, i.message)}`);
    expect(messages("en")).toEqual([
      "titleRu: Enter a title.",
      "hallId: Choose from the list.",
      "start: Enter the time as HH:MM.",
      "people.0.role: Choose moderator, co-moderator, keynote speaker or speaker.",
    ]);
    expect(messages("ru")).toEqual([
      "titleRu: Введите название.",
      "hallId: Выберите из списка.",
      "start: Введите время в виде ЧЧ:ММ.",
      "people.0.role: Выберите модератора, сомодератора, спикера пленарного заседания или спикера.",
    ]);
    // The whole-session checks run once every field is well-formed.
    const twice = sessionInput.safeParse({ ...valid, people: [{ personId: "5", role: "speaker" }, { personId: "5", role: "moderator" }] });
    expect(twice.error!.issues.map((i) => translateMessage("ru", i.message))).toEqual(["Этот человек указан дважды."]);
  });
});
