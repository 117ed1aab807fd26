// A small programme snapshot for unit tests of the views, calendars and
// export (the real one comes from PostgreSQL: tests/int/program-queries).
import type { ProgramPerson, ProgramSessionItem, ProgramSnapshot } from "@/db/queries/program";

const l = (en: string, ru: string) => ({ en, ru });

export function person(id: number, slug: string, first: [string, string], last: [string, string], extra: Partial<ProgramPerson> = {}): ProgramPerson {
  return {
    id,
    slug,
    firstName: l(...first),
    lastName: l(...last),
    middleNameRu: "",
    position: l("Director", "Директор"),
    organisation: l("Kama Works", "Камский завод"),
    bio: l("", ""),
    photo: null,
    partnerId: null,
    updatedAt: "2012-04-16T09:00:00.000Z",
    ...extra,
  };
}

export function session(id: number, code: string, extra: Partial<ProgramSessionItem> = {}): ProgramSessionItem {
  return {
    id,
    code,
    slug: l(`session-${id}`, `sessiya-${id}`),
    title: l(`Session ${id}`, `Сессия ${id}`),
    summary: l("", ""),
    formatId: 1,
    trackId: 1,
    hallId: 1,
    startsAt: "2012-04-19T05:00:00.000Z",
    endsAt: "2012-04-19T07:00:00.000Z",
    day: "2012-04-19",
    status: "scheduled",
    previousStartsAt: null,
    icsSequence: 0,
    createdAt: "2012-04-01T09:00:00.000Z",
    updatedAt: "2012-04-16T09:00:00.000Z",
    people: [],
    ...extra,
  };
}

export function snapshot(sessions: ProgramSessionItem[], people: ProgramPerson[]): ProgramSnapshot {
  return {
    edition: {
      id: 1,
      slug: "2012",
      title: l("Forum 2012", "Форум 2012"),
      startsOn: "2012-04-19",
      endsOn: "2012-04-21",
      timezone: "Asia/Yekaterinburg",
      zoneLabel: l("Perm time", "время пермское"),
      venueName: l("Perm Fair", "Пермская ярмарка"),
      venueAddress: l("59 Shosse Kosmonavtov, Perm", "Пермь, шоссе Космонавтов, 59"),
      programState: "published",
      updatedAt: "2012-04-16T09:00:00.000Z",
    },
    halls: [
      { id: 1, slug: "congress-hall", name: l("Congress Hall", "Конгресс-холл"), directions: l("", ""), position: 0 },
      { id: 2, slug: "hall-a", name: l("Hall A", "Зал А"), directions: l("", ""), position: 1 },
    ],
    tracks: [{ id: 1, slug: "regions", name: l("Regions", "Регионы"), color: "#1d4ed8", position: 0 }],
    formats: [
      { id: 1, key: "panel", name: l("Panel discussion", "Панельная дискуссия"), isService: false, spansAllHalls: false, position: 0 },
      { id: 2, key: "break", name: l("Break", "Перерыв"), isService: true, spansAllHalls: false, position: 1 },
      { id: 3, key: "plenary", name: l("Plenary session", "Пленарное заседание"), isService: false, spansAllHalls: true, position: 2 },
    ],
    days: [...new Set(sessions.map((s) => s.day))].sort(),
    sessions,
    people,
  };
}
