// The list page of halls, tracks or formats of the current edition: the items
// in programme order with move up/down and an edit link, then the form that
// adds one. Server-rendered; the forms post to server actions, so the page
// works without JavaScript.
import { PartnerMoveButtons } from "@/components/admin/partner-move-buttons";
import type { SetupListItem } from "@/db/queries/admin-program-setup";
import type { FormState } from "@/lib/admin/forms";
import { setupKinds, setupNotices } from "@/lib/admin/program-setup-kinds";
import type { SetupKind } from "@/db/queries/admin-program-setup";
import { SetupItemForm } from "./setup-item-form";

type Values = Record<string, string>;

type Props<K extends SetupKind> = {
  kind: K;
  edition: { titleEn: string } | null;
  items: SetupListItem<K>[];
  notice?: string;
  noticeId?: number;
  save: (state: FormState<Values>, formData: FormData) => Promise<FormState<Values>>;
  move: (formData: FormData) => Promise<void>;
};

function Details({ kind, item }: { kind: SetupKind; item: SetupListItem<SetupKind> }) {
  if (kind === "track" && "color" in item) {
    return (
      <span className="setup-swatch">
        <span className="setup-swatch__colour" style={{ background: item.color }} aria-hidden="true" /> {item.color}
      </span>
    );
  }
  if (kind === "format" && "isService" in item) {
    const marks = [item.isService ? "Service slot" : null, item.spansAllHalls ? "Spans all halls" : null].filter(Boolean);
    return <>{marks.length ? marks.join(", ") : <span className="field-hint">—</span>}</>;
  }
  if ("directionsEn" in item) return <>{item.directionsEn || <span className="field-hint">No directions</span>}</>;
  return null;
}

export function SetupListPage<K extends SetupKind>({ kind, edition, items, notice, noticeId, save, move }: Props<K>) {
  const info = setupKinds[kind];
  const shown = notice ? setupNotices[notice] : undefined;
  const noticeName = items.find((item) => item.id === noticeId)?.nameEn;
  const keyField = kind === "format" ? "key" : "slug";
  return (
    <div className="partners-admin">
      <p>
        <a href="/admin/program">← Programme</a>
      </p>
      <h1>{info.title}</h1>
      {shown ? (
        <p className={shown.kind === "error" ? "form-error" : "form-notice"} role={shown.kind === "error" ? "alert" : "status"}>
          {shown.text(info.noun, noticeName)}
        </p>
      ) : null}
      {!edition ? (
        <p className="form-error" role="alert">
          There is no current edition yet. An admin sets the edition up first (Programme → Edition); then its {info.plural} can be added here.
        </p>
      ) : (
        <>
          <p className="field-hint partners-admin__intro">
            {info.intro} Edition: {edition.titleEn}.
          </p>
          {items.length === 0 ? (
            <p>No {info.plural} yet: add the first one below.</p>
          ) : (
            <table className="admin-table partner-table">
              <caption className="sr-only">
                {info.title} of {edition.titleEn}, in programme order
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">{kind === "format" ? "Key" : "Web name"}</th>
                  <th scope="col">{kind === "hall" ? "Directions" : kind === "track" ? "Colour" : "Kind"}</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">Order</th>
                  <th scope="col">
                    <span className="sr-only">Edit</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item, index) => (
                  <tr key={item.id} id={`${kind}-${item.id}`}>
                    <th scope="row" className="partner-table__name">
                      {item.nameEn}
                      <span lang="ru" className="partner-table__ru">
                        {item.nameRu}
                      </span>
                    </th>
                    <td>
                      <code>{(item as unknown as Record<string, string>)[keyField]}</code>
                    </td>
                    <td>
                      <Details kind={kind} item={item} />
                    </td>
                    <td>{item.sessionCount}</td>
                    <td>
                      <PartnerMoveButtons action={move} kind={kind} id={item.id} name={item.nameEn} canMoveUp={index > 0} canMoveDown={index < items.length - 1} />
                    </td>
                    <td>
                      <a href={`${info.path}/${item.id}`} aria-label={`Edit ${info.noun}: ${item.nameEn}`}>
                        Edit
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <section className="partner-section partners-admin--narrow" aria-labelledby="add-title">
            <h2 id="add-title">Add a {info.noun}</h2>
            <SetupItemForm kind={kind} action={save} initial={info.blank} submitLabel={`Add ${info.noun}`} />
          </section>
        </>
      )}
    </div>
  );
}
