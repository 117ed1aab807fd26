// The list page of halls, tracks or formats of the current edition: the items
// in programme order with move up/down and an edit link, then the form that
// adds one. Server-rendered; the forms post to server actions, so the page
// works without JavaScript.
import { PartnerMoveButtons } from "@/components/admin/partner-move-buttons";
import type { SetupListItem } from "@/db/queries/admin-program-setup";
import type { FormState } from "@/lib/admin/forms";
import { setupKinds, setupNotices } from "@/lib/admin/program-setup-kinds";
import { adminText } from "@/lib/i18n/admin-text";
import type { SetupKind } from "@/db/queries/admin-program-setup";
import { SetupItemForm } from "./setup-item-form";

type Values = Record<string, string>;

type Props<K extends SetupKind> = {
  kind: K;
  edition: { titleEn: string; titleRu: string } | null;
  items: SetupListItem<K>[];
  notice?: string;
  noticeId?: number;
  save: (state: FormState<Values>, formData: FormData) => Promise<FormState<Values>>;
  move: (formData: FormData) => Promise<void>;
};

type Text = Awaited<ReturnType<typeof adminText<"programSetup">>>["t"];

function Details({ kind, item, t }: { kind: SetupKind; item: SetupListItem<SetupKind>; t: Text }) {
  if (kind === "track" && "color" in item) {
    return (
      <span className="setup-swatch">
        <span className="setup-swatch__colour" style={{ background: item.color }} aria-hidden="true" /> {item.color}
      </span>
    );
  }
  if (kind === "format" && "isService" in item) {
    const marks = [item.isService ? t("serviceSlot") : null, item.spansAllHalls ? t("spansAllHalls") : null].filter(Boolean);
    return <>{marks.length ? marks.join(", ") : <span className="field-hint">—</span>}</>;
  }
  if ("directionsEn" in item) return <>{item.directionsEn || <span className="field-hint">{t("noDirections")}</span>}</>;
  return null;
}

export async function SetupListPage<K extends SetupKind>({ kind, edition, items, notice, noticeId, save, move }: Props<K>) {
  const info = setupKinds[kind];
  const k: SetupKind = kind; // the kind's own words are keys under its name ("hall.title")
  const { locale, t } = await adminText("programSetup");
  const shown = notice && Object.hasOwn(setupNotices, notice) ? setupNotices[notice] : undefined;
  const noticeName = items.find((item) => item.id === noticeId)?.nameEn;
  const keyField = kind === "format" ? "key" : "slug";
  const editionTitle = edition ? (locale === "ru" ? edition.titleRu : edition.titleEn) : undefined;
  return (
    <div className="partners-admin">
      <p>
        <a href="/admin/program">{t("backToProgramme")}</a>
      </p>
      <h1>{t(`${k}.title`)}</h1>
      {shown ? (
        <p className={shown.kind === "error" ? "form-error" : "form-notice"} role={shown.kind === "error" ? "alert" : "status"}>
          {shown.key === "moveFailed" ? t("moveFailed") : t(`${k}.${shown.key}`, { name: noticeName ?? "" })}
        </p>
      ) : null}
      {!edition || editionTitle === undefined ? (
        <p className="form-error" role="alert">
          {t(`${k}.noEdition`)}
        </p>
      ) : (
        <>
          <p className="field-hint partners-admin__intro">
            {t(`${k}.intro`)} {t("editionLine", { edition: editionTitle })}
          </p>
          {items.length === 0 ? (
            <p>{t(`${k}.empty`)}</p>
          ) : (
            <table className="admin-table partner-table">
              <caption className="sr-only">
                {t(`${k}.caption`, { edition: editionTitle })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("columns.name")}</th>
                  <th scope="col">{t(`${k}.keyColumn`)}</th>
                  <th scope="col">{t(`${k}.detailsColumn`)}</th>
                  <th scope="col">{t("columns.sessions")}</th>
                  <th scope="col">{t("columns.order")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("columns.edit")}</span>
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
                      <Details kind={kind} item={item} t={t} />
                    </td>
                    <td>{item.sessionCount}</td>
                    <td>
                      <PartnerMoveButtons action={move} kind={kind} id={item.id} name={item.nameEn} canMoveUp={index > 0} canMoveDown={index < items.length - 1} />
                    </td>
                    <td>
                      <a href={`${info.path}/${item.id}`} aria-label={t(`${k}.editNamed`, { name: item.nameEn })}>
                        {t("columns.edit")}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <section className="partner-section partners-admin--narrow" aria-labelledby="add-title">
            <h2 id="add-title">{t(`${k}.addHeading`)}</h2>
            <SetupItemForm kind={kind} action={save} initial={info.blank} submitLabel={t(`${k}.add`)} />
          </section>
        </>
      )}
    </div>
  );
}
