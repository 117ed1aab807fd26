// Dates of the programme in words. A day is a local date already ("2012-04-19"),
// so it is formatted as that calendar date (in UTC, where it cannot shift).
import type { Locale } from "@/lib/site-config";

const dayFormats = {
  en: new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }),
  ru: new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }),
};
const shortDayFormats = {
  en: new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", day: "numeric", year: "numeric" }),
  ru: new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", month: "long", day: "numeric", year: "numeric" }),
};

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "Thursday, April 19" / "Четверг, 19 апреля"; inside a sentence (`inline`) Russian keeps "четверг" lower case. */
export function formatDay(day: string, locale: Locale, inline = false): string {
  const text = dayFormats[locale].format(new Date(`${day}T12:00:00Z`));
  return inline ? text : capitalise(text);
}

/** "April 19, 2012" / "19 апреля 2012 г.": in titles, where the year matters. */
export function formatDate(day: string, locale: Locale): string {
  return shortDayFormats[locale].format(new Date(`${day}T12:00:00Z`));
}
