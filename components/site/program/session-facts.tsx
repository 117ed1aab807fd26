// Hall, format and track of a session, in words (a track's colour is only a
// mark beside its name), and its state when it is not simply scheduled.
import type { CSSProperties } from "react";
import type { ProgramSessionItem } from "@/db/queries/program";
import type { SiteText } from "@/lib/i18n/site-text";
import { localTime } from "@/lib/program/time";
import type { ProgramIndex } from "@/lib/program/view";
import type { Locale } from "@/lib/site-config";

type Props = { index: ProgramIndex; session: ProgramSessionItem; locale: Locale; t: SiteText["program"] };

export function SessionFacts({ index, session, locale, t }: Props) {
  const hall = index.hall(session.hallId);
  const track = index.track(session.trackId);
  const format = index.format(session.formatId);
  return (
    <p className="session-facts">
      {hall ? (
        <span className="session-facts__hall">
          {hall.name[locale]}
          {format.spansAllHalls ? `, ${t("allHalls")}` : ""}
        </span>
      ) : null}
      <span className="session-facts__format">{format.name[locale]}</span>
      {track ? (
        // The colour mark is the stylesheet's ::before (generated, so never read out), coloured by --track.
        <span className="session-facts__track" style={{ "--track": track.color } as CSSProperties}>
          {track.name[locale]}
        </span>
      ) : null}
    </p>
  );
}

export function SessionStatus({ session, timeZone, t }: { session: ProgramSessionItem; timeZone: string; t: SiteText["program"] }) {
  if (session.status === "scheduled") return null;
  const label =
    session.status === "rescheduled"
      ? t("status_rescheduled", { time: session.previousStartsAt ? localTime(session.previousStartsAt, timeZone) : "?" })
      : t(`status_${session.status}`);
  return <strong className={`session-status session-status--${session.status}`}>{label}</strong>;
}
