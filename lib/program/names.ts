// How people are named on the pages. Lists say "First Last" in both locales
// (as forum sites do); a speaker's own page gives the Russian name in full,
// with the patronymic. Indexes sort and group by last name.
import type { ProgramPerson } from "@/db/queries/program";
import type { Locale } from "@/lib/site-config";

type Named = Pick<ProgramPerson, "firstName" | "lastName" | "middleNameRu">;

export function displayName(person: Named, locale: Locale): string {
  return `${person.firstName[locale]} ${person.lastName[locale]}`.trim();
}

export function fullName(person: Named, locale: Locale): string {
  if (locale === "ru" && person.middleNameRu) return `${person.firstName.ru} ${person.middleNameRu} ${person.lastName.ru}`;
  return displayName(person, locale);
}

const collators = { en: new Intl.Collator("en"), ru: new Intl.Collator("ru") };

/** By last name, then first name, in the locale's alphabetical order. */
export function byLastName(locale: Locale) {
  const c = collators[locale];
  return (a: Named, b: Named) => c.compare(a.lastName[locale], b.lastName[locale]) || c.compare(a.firstName[locale], b.firstName[locale]);
}

/** The letter a person is filed under in the speakers index (Ё filed under Е, as Russian indexes do). */
export function indexLetter(person: Named, locale: Locale): string {
  const letter = person.lastName[locale].trim().charAt(0).toLocaleUpperCase(locale);
  return letter === "Ё" ? "Е" : letter;
}
