// Who leads and speaks in a session: the moderator first, each with their
// position and organisation as at the session, linked to their page.
import type { ProgramSessionItem } from "@/db/queries/program";
import type { SiteText } from "@/lib/i18n/site-text";
import { displayName } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { sessionPeopleOf, type ProgramIndex } from "@/lib/program/view";
import type { Locale } from "@/lib/site-config";

type Props = { index: ProgramIndex; session: ProgramSessionItem; locale: Locale; t: SiteText["program"] };

export function SessionPeople({ index, session, locale, t }: Props) {
  const people = sessionPeopleOf(index, session);
  if (people.length === 0) return null;
  return (
    <ul className="session-people">
      {people.map(({ link, person }) => {
        const job = [link.position[locale], link.organisation[locale]].filter(Boolean).join(", ");
        return (
          <li key={person.id} className={`session-people__item session-people__item--${link.role}`}>
            <span className="session-people__role">{t(`role_${link.role}`)}:</span>{" "}
            <a href={programPaths.speaker(locale, person.slug)}>{displayName(person, locale)}</a>
            {job ? <span className="session-people__job">, {job}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
