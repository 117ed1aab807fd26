"use client";

import { useTranslations } from "next-intl";
import type { UserFormState } from "@/lib/validation/users";
import { TextField } from "./form-kit";

/** The optional "type a temporary password" field of the invite and reset forms. */
export function TemporaryPasswordField({ state, id }: { state: UserFormState; id: string }) {
  const t = useTranslations("users");
  return (
    <TextField
      id={id}
      name="password"
      label={t("temporaryPasswordOptional")}
      errors={state.errors?.password}
      hint={t("temporaryPasswordHint")}
      type="text"
      spellCheck={false}
      defaultValue={state.values?.password ?? ""}
    />
  );
}

/** A generated password, shown once: it is not stored anywhere it could be read again. */
export function TemporaryPasswordNotice({ password }: { password: string }) {
  const t = useTranslations("users");
  return (
    <div className="user-temp-password" role="status">
      <p>
        {t("temporaryPasswordShown")} <code data-testid="temporary-password">{password}</code>
      </p>
      <p className="field-hint">
        {t("temporaryPasswordOnce")}
      </p>
    </div>
  );
}
