// Who leads and speaks in a session: the moderator first, each with their
// position and organisation as at the session, linked to their page. Only the
// leading roles carry a class (the stylesheet sets them apart), and the job is
// plain text: the whole programme repeats this markup for hundreds of people,
// and every byte of it is rendered, stored and sent (npm run bench's programme part).
import type { ProgramSessionItem, SessionRole } from "@/db/queries/program";
import type { SiteText } from "@/lib/i18n/site-text";
import { displayName } from "@/lib/program/names";
import { programPaths } from "@/lib/program/paths";
import { sessionPeopleOf, type ProgramIndex } from "@/lib/program/view";
import type { Locale } from "@/lib/site-config";

const LEADING_ROLES: ReadonlySet<SessionRole> = new Set(["moderator", "co_moderator"]);

type Props = { index: ProgramIndex; session: ProgramSessionItem; locale: Locale; t: SiteText["program"] };

export function SessionPeople({ index, session, locale, t }: Props) {
  const people = sessionPeopleOf(index, session);
  if (people.length === 0) return null;
  return (
    <ul className="session-people">
      {people.map(({ link, person }) => {
        const job = [link.position[locale], link.organisation[locale]].filter(Boolean).join(", ");
        return (
          <li key={person.id} className={LEADING_ROLES.has(link.role) ? `session-people__item--${link.role}` : undefined}>
            <span className="session-people__role">{t(`role_${link.role}`)}:</span>{" "}
            <a href={programPaths.speaker(locale, person.slug)}>{displayName(person, locale)}</a>
            {job ? `, ${job}` : null}
          </li>
        );
      })}
    </ul>
  );
}
