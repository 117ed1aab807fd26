"use client";
// The editor's copy in this browser: every second, while the form differs from
// what was last saved, it is written to localStorage; on opening the editor a
// copy that differs from both the saved article and the form is offered back
// (after a closed tab, a crash or a lost connection). Leaving with unsaved
// changes asks first.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ArticleField, ArticleFormValues } from "@/lib/validation/news";
import { useHydrated } from "../use-hydrated";

export type StoredCopy = { values: ArticleFormValues; at: number };

const COPY_EVERY_MS = 1_000;

/**
 * The fields an editor types into (not id and version): a copy equal to the
 * saved article in these is not worth offering. Spelled out rather than taken
 * from lib/validation/news's articleFields, a value import that would bring
 * zod into the editor's client bundle.
 */
export const editableFields: ArticleField[] = ["title", "slug", "lede", "body", "author", "locale", "translationId", "status", "publishAt"];

function sameFields(a: ArticleFormValues, b: ArticleFormValues): boolean {
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

function forgetDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // storage may be disabled; nothing to forget then
  }
}

type OpenedCopy = { key: string; offer: StoredCopy | null; stale: boolean };

/**
 * The copy this browser holds for `key`, as the editor opens: on offer when it
 * differs from both the saved article and the form, stale (to be deleted) when
 * it does not. The server has no storage, so it sees none.
 */
function openCopy(key: string, values: ArticleFormValues, saved: ArticleFormValues): OpenedCopy {
  const copy = typeof window === "undefined" ? null : readCopy(key);
  const worthOffering = copy !== null && !sameFields(copy.values, saved) && !sameFields(copy.values, values);
  return { key, offer: worthOffering ? copy : null, stale: copy !== null && !worthOffering };
}

/**
 * `values` is the form now and `saved` what the server last confirmed. Returns
 * the copy on offer, if any, and what to do with it: `take` hands it over (and
 * stops offering it), `discard` deletes it; `afterSave` tells the hook a save
 * of `submitted` went through.
 */
export function useLocalDraft({
  key,
  values,
  saved,
  justCreated,
}: {
  key: string;
  values: ArticleFormValues;
  saved: ArticleFormValues;
  /** Right after "New article" saved: the new-article copy can go. */
  justCreated: boolean;
}) {
  // Read while the client renders the editor the first time (again if the key changes). The offer
  // shows only once hydrated: the server's HTML has none, and hydration must render the same.
  const [opened, setOpened] = useState(() => openCopy(key, values, saved));
  if (opened.key !== key) setOpened(openCopy(key, values, saved));
  const hydrated = useHydrated();
  const offer = hydrated ? opened.offer : null;

  // The form, the saved article and the copy on offer as last rendered, for the timer, the
  // leave warning and afterSave, which all run outside render. Written after each commit.
  const latest = useRef({ values, saved, offer: opened.offer });
  useLayoutEffect(() => {
    latest.current = { values, saved, offer: opened.offer };
  });

  useEffect(() => {
    if (justCreated) forgetDraft(draftKey("create", ""));
  }, [justCreated]);

  useEffect(() => {
    if (opened.stale) forgetDraft(opened.key);
  }, [opened.key, opened.stale]);

  useEffect(() => {
    let last = "";
    const timer = window.setInterval(() => {
      const { values: current, saved: confirmed, offer: onOffer } = latest.current;
      // While a copy is on offer, don't overwrite it with the form it was offered over.
      if (onOffer) return;
      if (sameFields(current, confirmed)) {
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
      if (!sameFields(latest.current.values, latest.current.saved)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return {
    offer,
    take(): StoredCopy | null {
      setOpened({ ...opened, offer: null });
      return offer;
    },
    discard() {
      forgetDraft(key);
      setOpened({ ...opened, offer: null });
    },
    /** The copy can go, unless the form changed while the save was under way. */
    afterSave(submitted: ArticleFormValues) {
      if (sameFields(latest.current.values, submitted)) forgetDraft(key);
    },
  };
}
