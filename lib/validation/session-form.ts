// The session editor's input as the server parses it: an empty slug made
// from its title, and the zod schema the action parses with:
// lib/validation/program.ts's sessionInput,
// the id and version of an edit, and the MDX check of both bodies (problems
// with line and column, under the body they belong to).
import { z } from "zod";
import { idField } from "@/lib/admin/forms";
import { checkMdx } from "@/lib/mdx/compile";
import { MDX_PROBLEM_ISSUE } from "@/lib/mdx/problems";
import { slugify } from "@/lib/news/slugify";
import { SESSION_BODY_LIMIT, type SessionFormValues } from "@/lib/program/session-form-values";
import { sessionInput } from "./program";

/** What the parser receives: an empty slug becomes one made from the title in its language. */
export function withSlugsFromTitles(values: SessionFormValues): SessionFormValues {
  return {
    ...values,
    slugEn: values.slugEn.trim() || slugify(values.titleEn),
    slugRu: values.slugRu.trim() || slugify(values.titleRu),
  };
}


/** Each problem an issue of its body, worded (with line and column) in the editor's language by the write path. */
async function addMdxProblems(body: string, field: "bodyEn" | "bodyRu", ctx: z.RefinementCtx): Promise<void> {
  if (body.length > SESSION_BODY_LIMIT) return; // the length rule already reports it
  for (const problem of await checkMdx(body)) {
    ctx.addIssue({ code: "custom", path: [field], message: MDX_PROBLEM_ISSUE, params: { mdxProblem: problem } });
  }
}

const checkedBodies = z
  .object({ bodyEn: z.string().default(""), bodyRu: z.string().default("") })
  .superRefine(async (v, ctx) => {
    await addMdxProblems(v.bodyEn, "bodyEn", ctx);
    await addMdxProblems(v.bodyRu, "bodyRu", ctx);
  });

/** A new session: the fields, with both bodies checked by the one MDX pipeline. */
export const newSessionSchema = z.intersection(sessionInput, checkedBodies);

/** An edit names the session and the version the editor started from. */
export const sessionEditSchema = z.intersection(
  newSessionSchema,
  z.object({
    id: idField("programSessions.errors.sessionNotFound"),
    version: idField("programSessions.errors.reload"),
  }),
);
