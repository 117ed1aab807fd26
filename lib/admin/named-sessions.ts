// The sessions a refused delete names ("“Title” (CODE), … and 3 more"): the
// first five, then how many more, in the editor's language (`andMore`).
export function namedSessions(sessions: { code: string; titleEn: string }[], andMore: (count: number) => string): string {
  const shown = sessions.slice(0, 5).map((s) => `“${s.titleEn}” (${s.code})`);
  return `${shown.join(", ")}${sessions.length > shown.length ? andMore(sessions.length - shown.length) : ""}`;
}
