"use client";
// The editor's copy in this browser: every second, while the form differs from
// what was last saved, it is written to localStorage; on opening the editor a
// copy that differs from both the saved article and the form is offered back
// (after a closed tab, a crash or a lost connection). Leaving with unsaved
// changes asks first.
import { useEffect, useRef, useState, type RefObject } from "react";
import type { ArticleField, ArticleFormValues } from "@/lib/validation/news";

export type StoredCopy = { values: ArticleFormValues; at: number };

const COPY_EVERY_MS = 1_000;

/**
 * The fields an editor types into (not id and version): a copy equal to the
 * saved article in these is not worth offering. Spelled out rather than taken
 * from lib/validation/news's articleFields, a value import that would bring
 * zod into the editor's client bundle.
 */
export const editableFields: ArticleField[] = ["title", "slug", "lede", "body", "author", "locale", "translationId", "status", "publishAt"];

export function sameFields(a: ArticleFormValues, b: ArticleFormValues): boolean {
  return editableFields.every((k) => a[k] === b[k]);
}

export function draftKey(mode: "create" | "edit", id: string): string {
  return `podium:news-form:${mode === "edit" ? id : "new"}`;
}

function readCopy(key: string): StoredCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredCopy;
    return parsed && typeof parsed === "object" && parsed.values && typeof parsed.at === "number" ? parsed : null;
  } catch {
    return null;
  }
}

export function forgetDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // storage may be disabled; nothing to forget then
  }
}

/**
 * `values` is the form now and `saved` what the server last confirmed (both
 * refs, read by the timer). Returns the copy on offer, if any, and what to do
 * with it: `take` hands it over (and stops offering it), `discard` deletes it.
 */
export function useLocalDraft({
  key,
  values,
  saved,
  justCreated,
}: {
  key: string;
  values: RefObject<ArticleFormValues>;
  saved: RefObject<ArticleFormValues>;
  /** Right after "New article" saved: the new-article copy can go. */
  justCreated: boolean;
}) {
  const [offer, setOffer] = useState<StoredCopy | null>(null);
  const offerRef = useRef(offer);
  offerRef.current = offer;

  useEffect(() => {
    if (justCreated) forgetDraft(draftKey("create", ""));
    const copy = readCopy(key);
    if (copy && !sameFields(copy.values, saved.current) && !sameFields(copy.values, values.current)) setOffer(copy);
    else if (copy) forgetDraft(key);
  }, [key, justCreated]);

  useEffect(() => {
    let last = "";
    const timer = window.setInterval(() => {
      // While a copy is on offer, don't overwrite it with the form it was offered over.
      if (offerRef.current) return;
      const current = values.current;
      if (sameFields(current, saved.current)) {
        if (last !== "") forgetDraft(key);
        last = "";
        return;
      }
      const json = JSON.stringify(current);
      if (json === last) return;
      try {
        window.localStorage.setItem(key, JSON.stringify({ values: current, at: Date.now() } satisfies StoredCopy));
        last = json;
      } catch {
        // storage full or disabled: the server copy on save is what remains
      }
    }, COPY_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [key]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!sameFields(values.current, saved.current)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return {
    offer,
    take(): StoredCopy | null {
      setOffer(null);
      return offer;
    },
    discard() {
      forgetDraft(key);
      setOffer(null);
    },
  };
}
