// What admin forms share on the server, one helper each: reading text fields
// out of FormData (with a length cap, so a huge field cannot cost more than its
// cap), turning zod issues into field → messages, parsing a database id, and
// the state an action returns to useActionState.
import { z } from "zod";

/** What a form action returns: field errors, a form-level message, and the values to show again. */
export type FormState<V> = {
  errors?: Partial<Record<string, string[]>>;
  message?: string;
  notice?: string;
  values?: V;
  /** Changes with every answer, so a form re-renders from `values` even when they are equal. */
  seq?: number;
};

/** The named text fields of a form, each cut to `max` characters; a missing or file field is "". */
export function readTextFields<K extends string>(formData: FormData, limits: Record<K, number>): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const name of Object.keys(limits) as K[]) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? value.slice(0, limits[name]) : "";
  }
  return values;
}

/**
 * Zod issues as field → messages. Nested fields are named by their path
 * joined with dots ("people.2.role"), which is also the id of their input.
 */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** A database id as typed in a form or URL: 1 … 2^31-1, digits only. */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

/**
 * A form field holding a database id, as zod: parseId of the trimmed text, or
 * `message` as the field's error (ids come from hidden inputs and selects, so
 * the message says what to do, not what was wrong).
 */
export function idField(message: string) {
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      const id = parseId(value);
      if (id === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return id;
    });
}
