// A generated programme for the budgets (programme page at a large
// forum's size): one current, published edition of `sessions` sessions over
// three days in eight halls and `people` consented people, three to six on
// each session (a moderator first). Deterministic for given sizes. It makes
// the edition current, so use it on a database of its own (as the bench does).
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { editions, halls, people, programSessions, sessionFormats, sessionPeople, tracks } from "@/db/schema";
import { zonedToUtc } from "@/lib/program/time";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const TZ = "Asia/Yekaterinburg";
const first = { en: ["Anna", "Boris", "Elena", "Igor", "Maria", "Oleg", "Pavel", "Sofia"], ru: ["Анна", "Борис", "Елена", "Игорь", "Мария", "Олег", "Павел", "София"] };
const last = { en: ["Ivanova", "Kuznetsov", "Orlova", "Petrov", "Smirnova", "Volkov", "Zaitseva", "Morozov"], ru: ["Иванова", "Кузнецов", "Орлова", "Петров", "Смирнова", "Волков", "Зайцева", "Морозов"] };
const topics = {
  en: ["Industrial clusters", "Venture capital", "Energy efficiency", "Engineering education", "Export support", "Digital public services", "Technology transfer", "Regional investment"],
  ru: ["Промышленные кластеры", "Венчурный капитал", "Энергоэффективность", "Инженерное образование", "Поддержка экспорта", "Цифровые госуслуги", "Трансфер технологий", "Региональные инвестиции"],
};

function code(n: number): string {
  let out = "";
  let v = n + 7_654_321;
  for (let i = 0; i < 6; i++) {
    out += CODE_ALPHABET[v % CODE_ALPHABET.length];
    v = Math.floor(v / CODE_ALPHABET.length);
  }
  return out;
}

export async function insertProgramCorpus(db: Database, sizes: { sessions: number; people: number }): Promise<number> {
  await db.update(editions).set({ isCurrent: false }).where(eq(editions.isCurrent, true));
  const [edition] = await db
    .insert(editions)
    .values({ slug: `bench-${sizes.sessions}`, titleEn: "Bench forum", titleRu: "Форум для замеров", startsOn: "2026-05-20", endsOn: "2026-05-22", timezone: TZ, zoneLabelEn: "Perm time", zoneLabelRu: "время пермское", programState: "published", isCurrent: true })
    .returning();
  const editionId = edition!.id;
  const hallRows = await db
    .insert(halls)
    .values(Array.from({ length: 8 }, (_, i) => ({ editionId, slug: `hall-${i + 1}`, nameEn: `Hall ${i + 1}`, nameRu: `Зал ${i + 1}`, position: i })))
    .returning();
  const trackRows = await db
    .insert(tracks)
    .values(topics.en.slice(0, 6).map((name, i) => ({ editionId, slug: `track-${i + 1}`, nameEn: name, nameRu: topics.ru[i]!, color: "#1d4ed8", position: i })))
    .returning();
  const [panel] = await db.insert(sessionFormats).values({ editionId, key: "panel", nameEn: "Panel discussion", nameRu: "Панельная дискуссия" }).returning();
  const personRows = await db
    .insert(people)
    .values(
      Array.from({ length: sizes.people }, (_, i) => ({
        slug: `bench-person-${i + 1}`,
        firstNameEn: first.en[i % 8]!,
        firstNameRu: first.ru[i % 8]!,
        lastNameEn: `${last.en[Math.floor(i / 8) % 8]!}-${i + 1}`,
        lastNameRu: `${last.ru[Math.floor(i / 8) % 8]!}-${i + 1}`,
        middleNameRu: "Сергеевич",
        positionEn: "Director for Development",
        positionRu: "Директор по развитию",
        organisationEn: `Regional company No. ${i + 1}`,
        organisationRu: `Региональная компания № ${i + 1}`,
        consentAt: new Date("2026-01-01T00:00:00Z"),
      })),
    )
    .returning({ id: people.id });
  const perDay = Math.ceil(sizes.sessions / 3);
  for (let n = 0; n < sizes.sessions; n++) {
    const day = `2026-05-${20 + Math.floor(n / perDay)}`;
    const slot = Math.floor((n % perDay) / 8);
    const start = `${String(9 + slot * 1.5 - ((slot * 1.5) % 1)).padStart(2, "0")}:${(slot * 1.5) % 1 ? "30" : "00"}`;
    const endHour = 9 + slot * 1.5 + 1.25;
    const end = `${String(Math.floor(endHour)).padStart(2, "0")}:${String(Math.round((endHour % 1) * 60)).padStart(2, "0")}`;
    const topic = n % topics.en.length;
    const [session] = await db
      .insert(programSessions)
      .values({
        editionId,
        code: code(n),
        slugEn: `session-${n + 1}`,
        slugRu: `sessiya-${n + 1}`,
        titleEn: `${topics.en[topic]}: what regions and companies can do together (${n + 1})`,
        titleRu: `${topics.ru[topic]}: что регионы и компании могут сделать вместе (${n + 1})`,
        summaryEn: "Heads of regional governments, companies and development institutions discuss the instruments that work.",
        summaryRu: "Руководители регионов, компаний и институтов развития обсуждают работающие инструменты.",
        formatId: panel!.id,
        trackId: trackRows[n % trackRows.length]!.id,
        hallId: hallRows[n % 8]!.id,
        startsAt: zonedToUtc(day, start, TZ),
        endsAt: zonedToUtc(day, end, TZ),
      })
      .returning({ id: programSessions.id });
    const count = 3 + (n % 4);
    await db.insert(sessionPeople).values(
      Array.from({ length: count }, (_, k) => ({
        sessionId: session!.id,
        personId: personRows[(n * 3 + k) % personRows.length]!.id,
        role: k === 0 ? ("moderator" as const) : ("speaker" as const),
        position: k === 0 ? 0 : k - 1,
      })),
    );
  }
  return editionId;
}
