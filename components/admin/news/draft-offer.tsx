// The offer of a copy this browser kept (use-local-draft.ts): when it is
// from, and restore or discard.
import type { StoredCopy } from "./use-local-draft";

export function DraftOffer({ offer, mode, onRestore, onDiscard }: { offer: StoredCopy; mode: "create" | "edit"; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div className="news-banner" role="status">
      <p>
        This browser kept unsaved changes to this {mode === "edit" ? "article" : "new article"} from{" "}
        {new Date(offer.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium" })}.
      </p>
      <button type="button" className="button button--primary button--small" onClick={onRestore}>
        Restore them
      </button>
      <button type="button" className="button button--small" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
