// The offer of a copy this browser kept (use-local-draft.ts): when it is
// from, and restore or discard.
import { useLocale, useTranslations } from "next-intl";
import type { StoredCopy } from "./use-local-draft";

export function DraftOffer({ offer, mode, onRestore, onDiscard }: { offer: StoredCopy; mode: "create" | "edit"; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("news.editorExtras");
  // The browser's own clock and zone: the copy is of this browser, so its time is too.
  const time = new Date(offer.at).toLocaleString(useLocale() === "ru" ? "ru-RU" : "en-GB", { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="news-banner" role="status">
      <p>{mode === "edit" ? t("draftOfferEdit", { time }) : t("draftOfferNew", { time })}</p>
      <button type="button" className="button button--primary button--small" onClick={onRestore}>
        {t("restoreThem")}
      </button>
      <button type="button" className="button button--small" onClick={onDiscard}>
        {t("discard")}
      </button>
    </div>
  );
}
