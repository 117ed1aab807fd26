// Stand-ins for the two Next-only pieces a document renders through outside a
// server, for vi.mock factories (vi.mock is hoisted, so each test file names
// the module and calls one of these from its factory):
// - next-intl's server functions need the React Server Components build: the
//   same translators from the same messages and time zone (lib/i18n/request.ts);
// - Next's data cache needs a running server: a map that keeps each value as
//   the data cache does (a JSON round trip), keyed by key parts and arguments.

export async function nextIntlServerStandIn() {
  const { createFormatter, createTranslator } = await import("next-intl");
  const { siteConfig } = await import("@/lib/site-config");
  const messages = { en: (await import("@/messages/en.json")).default, ru: (await import("@/messages/ru.json")).default };
  type Args = { locale: "en" | "ru"; namespace?: string };
  return {
    getTranslations: async ({ locale, namespace }: Args) => createTranslator({ locale, messages: messages[locale], namespace: namespace as never, timeZone: siteConfig.timeZone }),
    getFormatter: async ({ locale }: Args) => createFormatter({ locale, timeZone: siteConfig.timeZone }),
  };
}

/** `store` is the test's own (vi.hoisted), so it can count and clear entries; `keys` records each stored entry's key parts. */
export function memoryDataCache(store: { entries: Map<string, unknown>; keys?: string[][] }) {
  return {
    unstable_cache:
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keyParts: string[] = []) =>
      async (...args: A): Promise<R> => {
        const key = JSON.stringify([keyParts, args]);
        if (store.entries.has(key)) return structuredClone(store.entries.get(key)) as R;
        const value = await fn(...args);
        store.entries.set(key, JSON.parse(JSON.stringify(value)));
        store.keys?.push(keyParts);
        return value;
      },
  };
}
