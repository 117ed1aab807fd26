"use client";
// "Move up" / "Move down" for a partner within its role or a role on the page.
// Plain form submits: they work from the keyboard and without JavaScript. With
// JavaScript, focus comes back to the moved item's button after the page updates.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useFormStatus } from "react-dom";

type Direction = "up" | "down";
type Props = {
  action: (formData: FormData) => Promise<void>;
  /** Names the buttons' ids (move-<kind>-<id>-up): "partner", "role", "hall", "track", "format". */
  kind: string;
  id: number;
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
};

// Which button to focus once the list has re-rendered after a move.
let pendingFocus: { key: string; direction: Direction } | null = null;

const buttonId = (kind: string, id: number, direction: Direction) => `move-${kind}-${id}-${direction}`;

export function PartnerMoveButtons({ action, kind, id, name, canMoveUp, canMoveDown }: Props) {
  const key = `${kind}-${id}`;
  useEffect(() => {
    if (pendingFocus?.key !== key) return;
    const { direction } = pendingFocus;
    const preferred = document.getElementById(buttonId(kind, id, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(buttonId(kind, id, direction === "up" ? "down" : "up")) as HTMLButtonElement | null;
    const target = preferred && !preferred.disabled ? preferred : other && !other.disabled ? other : null;
    if (target) {
      target.focus();
      pendingFocus = null;
    }
  });
  return (
    <form
      action={action}
      className="partner-move"
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const direction = submitter?.value === "down" ? "down" : "up";
        pendingFocus = { key, direction };
      }}
    >
      <input type="hidden" name="id" value={id} />
      <MoveButton id={buttonId(kind, id, "up")} direction="up" enabled={canMoveUp} name={name} />
      <MoveButton id={buttonId(kind, id, "down")} direction="down" enabled={canMoveDown} name={name} />
    </form>
  );
}

function MoveButton({ id, direction, enabled, name }: { id: string; direction: Direction; enabled: boolean; name: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("formKit");
  const text = direction === "up" ? t("moveUp") : t("moveDown");
  return (
    <button
      id={id}
      type="submit"
      name="direction"
      value={direction}
      className="button button--small partner-move__button"
      disabled={!enabled || pending}
      aria-label={`${text}: ${name}`}
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span> {text}
    </button>
  );
}
