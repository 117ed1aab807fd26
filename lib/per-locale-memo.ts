// A value per locale that cannot change under a running server (it ships with
// the code), loaded once per process in production and on every call in
// development, so that edits show at once. A failed load is not kept: the
// next call tries again.
import type { Locale } from "@/lib/site-config";

export function perLocaleMemo<T>(load: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const memo = new Map<Locale, Promise<T>>();
  return (locale) => {
    if (process.env.NODE_ENV !== "production") return load(locale);
    let value = memo.get(locale);
    if (!value) {
      value = load(locale);
      value.catch(() => memo.delete(locale));
      memo.set(locale, value);
    }
    return value;
  };
}
