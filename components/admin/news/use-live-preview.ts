"use client";
// The live preview: the body is rendered on the server by the public MDX
// pipeline (the preview action) 400 ms after typing stops. Answers that arrive
// out of order are dropped, and a server that does not answer leaves the last
// preview with a note (`failed`, worded by the pane), never a lost text.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { PreviewResult } from "@/lib/validation/news";

const PREVIEW_DELAY_MS = 400;

export type LivePreview = { result: PreviewResult | null; failed: boolean; busy: boolean };

/** `hasInitial`: the server already rendered the saved body, so the first update waits for a change. */
export function useLivePreview(body: string, preview: (input: { body: string }) => Promise<PreviewResult>, hasInitial: boolean): LivePreview {
  const [state, setState] = useState<LivePreview>({ result: null, failed: false, busy: false });
  const seq = useRef(0);
  const [firstBody] = useState(body);

  // Effect events: they read the latest props and state without being dependencies, so only
  // a change of the body starts a preview (a new `preview` function after router.refresh, or
  // the answer arriving, does not).
  const serverPreviewStillRight = useEffectEvent(() => hasInitial && body === firstBody && state.result === null);
  const render = useEffectEvent((text: string) => preview({ body: text }));

  useEffect(() => {
    if (serverPreviewStillRight()) return;
    const mine = ++seq.current;
    const timer = window.setTimeout(async () => {
      setState((p) => ({ ...p, busy: true }));
      try {
        const result = await render(body);
        if (mine === seq.current) setState({ result, failed: false, busy: false });
      } catch {
        if (mine === seq.current) setState((p) => ({ ...p, failed: true, busy: false }));
      }
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [body]);

  return state;
}
