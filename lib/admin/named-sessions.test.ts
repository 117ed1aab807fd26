import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { adminMessages } from "@/messages/admin";
import { namedSessions } from "./named-sessions";

const sessions = Array.from({ length: 7 }, (_, i) => ({ code: `S${i}`, titleEn: `Session ${i}` }));

describe("the sessions a refused delete names", () => {
  it("names the first five, then how many more, in the editor's language", () => {
    for (const [locale, more] of [["en", " and 2 more"], ["ru", " и ещё 2"]] as const) {
      const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "programPeople" });
      expect(namedSessions(sessions, (count) => t("andMore", { count }))).toBe(`“Session 0” (S0), “Session 1” (S1), “Session 2” (S2), “Session 3” (S3), “Session 4” (S4)${more}`);
    }
    expect(namedSessions(sessions.slice(0, 1), () => "unused")).toBe("“Session 0” (S0)");
  });

  it("reads naturally with Russian plurals", () => {
    const t = createTranslator({ locale: "ru", messages: adminMessages.ru, namespace: "programSetup" });
    const refusal = (count: number) => t("hall.inUseRefused", { name: "Зал А", count, sessions: "…" });
    expect(refusal(1)).toBe("Зал «Зал А» не удалён: его использует 1 сессия: …. Сначала перенесите эти сессии в другой зал (или оставьте их без зала).");
    expect(refusal(3)).toContain("его используют 3 сессии:");
    expect(refusal(5)).toContain("его используют 5 сессий:");
  });
});
