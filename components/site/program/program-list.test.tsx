import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SiteText } from "@/lib/i18n/site-text";
import en from "@/messages/en.json";
import { groupProgram, indexProgram } from "@/lib/program/view";
import { person, session, snapshot } from "@/tests/support/program-snapshot";
import { ProgramList } from "./program-list";

// The English messages with ICU {placeholders} filled in: what next-intl's t() gives for these plain strings.
const t = ((key: keyof typeof en.program, values: Record<string, string> = {}) =>
  en.program[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "")) as unknown as SiteText["program"];

const link = (personId: number, role: "moderator" | "speaker", order = 0) => ({ personId, role, order, position: { en: "Director", ru: "Директор" }, organisation: { en: "Kama Works", ru: "Камский завод" } });

function render() {
  const people = [person(1, "pavel-gromov", ["Pavel", "Павел"], ["Gromov", "Громов"]), person(2, "anna-koroleva", ["Anna", "Анна"], ["Koroleva", "Королёва"])];
  const sessions = [
    // The snapshot lists a moderator first (the query sorts); person 99 is not among its people (no consent).
    session(1, "PL3NRY", { formatId: 3, people: [link(1, "moderator"), link(2, "speaker"), link(99, "speaker", 1)] }),
    session(2, "BRK222", { formatId: 2, startsAt: "2012-04-19T07:30:00.000Z", endsAt: "2012-04-19T08:30:00.000Z" }),
    session(3, "MOVE22", { hallId: 2, startsAt: "2012-04-19T09:00:00.000Z", endsAt: "2012-04-19T10:00:00.000Z", status: "rescheduled", previousStartsAt: "2012-04-19T08:00:00.000Z" }),
    session(4, "CANC22", { hallId: 2, startsAt: "2012-04-19T09:00:00.000Z", endsAt: "2012-04-19T10:00:00.000Z", status: "cancelled" }),
  ];
  const snap = snapshot(sessions, people);
  return renderToStaticMarkup(<ProgramList index={indexProgram(snap)} groups={groupProgram(snap.sessions, snap.days)} locale="en" t={t} dayHeadings />);
}

describe("the programme list", () => {
  const html = render();

  it("has a heading per day and per start time, with local times and offsets", () => {
    expect(html.match(/<h2[^>]*>/g)).toHaveLength(1);
    expect(html).toContain(">Thursday, April 19</a></h2>");
    expect(html.match(/<h3 class="program-slot__time">/g)).toHaveLength(3);
    expect(html).toContain('<time dateTime="2012-04-19T11:00+06:00">11:00</time>–<time dateTime="2012-04-19T13:00+06:00">13:00</time>');
  });

  it("marks the plenary as for everyone, links sessions with a page and not breaks", () => {
    expect(html).toContain("Congress Hall, for all participants");
    expect(html).toContain('href="/en/program/PL3NRY-session-1"');
    expect(html).not.toContain("BRK222");
    expect(html).toContain('<h4 class="session__title">Session 2</h4>');
  });

  it("shows the moderator first, jobs as at the session, and nobody outside the snapshot's people", () => {
    expect(html).toMatch(/<li class="session-people__item--moderator">[^]*?Moderator:<\/span> <a href="\/en\/speakers\/pavel-gromov">Pavel Gromov<\/a>, Director, Kama Works<\/li><li>[^]*?Speaker:<\/span> <a href="\/en\/speakers\/anna-koroleva">/);
    expect(html.match(/<ul class="session-people">.*?<\/ul>/)?.[0].match(/<li/g)).toHaveLength(2);
  });

  it("names the hall, format and track in words; the track's colour is only a styled mark", () => {
    expect(html).toMatch(/<span class="session-facts__track" style="--track:#[0-9a-fA-F]{6}">[^<]+<\/span>/);
    expect(html).not.toContain("track-mark");
  });

  it("keeps cancelled and rescheduled sessions, marked in words", () => {
    // A scheduled session (the plenary here) carries no state class.
    expect(html).toMatch(/<article class="session"><p class="session__time">[^]*?PL3NRY/);
    expect(html).toContain('class="session session--cancelled"');
    expect(html).toContain('<strong class="session-status session-status--cancelled">Cancelled</strong>');
    expect(html).toContain('<strong class="session-status session-status--rescheduled">Rescheduled (was 14:00)</strong>');
  });
});
