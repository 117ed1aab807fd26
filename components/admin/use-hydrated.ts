"use client";
// "JavaScript is on": false in the server's HTML and while React hydrates it,
// true from the render after. For what only works with JavaScript (a button
// that adds rows, a banner that reads this browser's storage): the server's
// HTML leaves it out, so the page works and hydrates the same without it.
// useSyncExternalStore with a store that never changes gives exactly that,
// without a state set in an effect.
import { useSyncExternalStore } from "react";

const subscribeNoop = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNoop, () => true, () => false);
}
