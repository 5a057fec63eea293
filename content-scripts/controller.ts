// The content script's coordinator: runs the engine on the live article, draws the annotations, keeps the
// display state, and answers the popup. Drawing is the highlighter's, hover is hover.ts's, notes are
// notes/'s; this file only connects them. The page enters the reader's library only once they read it
// (read-watch.ts) or write on it (a note, a correction): until then it is only looked up there.
import { rangeFromOffsets } from "../src/anchor/dom-range";
import type { DomText } from "../src/anchor/dom-text";
import {
  annotationSummaries,
  correctionKey,
  eachAnnotationView,
  type AnnotationView,
  withoutRefused,
} from "../src/annotations";
import { collectInSlices, placeInSlices } from "../src/annotations-in-slices";
import { translucent } from "../src/colours";
import type { AnnotationKind, ExtractResult } from "../src/extract/types";
import { absoluteUrl, readClaimedUrls } from "../src/page/claimed-urls";
import type { TabState } from "../src/messages/types";
import { callBackground, type ContentRuntime } from "../src/messages/transport";
import { callOverPort, MESSAGE_PORT } from "../src/messages/in-parts";
import type { CorrectionRecord, PageInfo } from "../src/records/types";
import type { Drawn } from "./hit-test";
import { createHighlighter, type Highlighter, type HighlightKind } from "./highlighter";
import { extractLive } from "./live-article";
import { watchReading } from "./read-watch";
import { PAGE_SLICE_MS, slicer, yieldToPage } from "../src/yield";

export interface NotesSource {
  rangeOf(id: string): Range | null;
  orphanIds(): string[];
}

const squash = (s: string) => s.replace(/\s+/g, "");

const ALL_KINDS: Record<AnnotationKind, boolean> = { expert: true, organisation: true, "policy-option": true };

export interface Controller {
  readonly highlighter: Highlighter;
  annotate(): Promise<void>;
  state(): TabState;
  display(opts: { visible?: boolean; kinds?: Partial<Record<AnnotationKind, boolean>> }): boolean;
  scrollTo(id: string): boolean;
  /** Drawn annotations, for hit-testing under the pointer. */
  drawn(): Drawn<AnnotationView>[];
  /** The article's text model over the live page (null before the first run or on a non-article). */
  articleText(): DomText | null;
  pageKey(): string | null;
  /** Enters the page in the reader's library (they read it, or are writing on it) and answers its key. */
  enterLibrary(): Promise<string>;
  correct(view: AnnotationView): Promise<void>;
  /** The reader's notes on this page: their ranges for scroll-to, their orphans for the popup. */
  useNotes(notes: NotesSource): void;
  /** Called after each successful run: notes re-anchor then. */
  onAnnotated(listener: () => void): void;
  /** Called synchronously after every drawing (the fallback painter mutates the page). */
  onDrawn(listener: () => void): void;
  /** Called after the reader shows or hides highlights or a kind (from the popup, a shortcut or the side panel). */
  onDisplay(listener: () => void): void;
  destroy(): void;
}

/** `loadedAt`: when the content script itself began (performance.now()), the start of its timing. */
export function createController(
  win: Window & typeof globalThis,
  runtime: ContentRuntime,
  loadedAt = win.performance.now(),
): Controller {
  const doc = win.document;
  const timing: { startedAt: number; paintedAt: number | null } = { startedAt: loadedAt, paintedAt: null };
  const highlighter = createHighlighter(doc, win);
  let result: ExtractResult | null = null;
  let dom: DomText | null = null;
  let drawn: Drawn<AnnotationView>[] = [];
  let corrections: CorrectionRecord[] = [];
  let key: string | null = null;
  let status: TabState["status"] = "not-run";
  let message: string | null = null;
  let visible = true;
  let kinds = { ...ALL_KINDS };
  let running: Promise<void> | null = null;
  let reader: TabState["articleReader"];
  let notes: NotesSource | null = null;
  const annotatedListeners: (() => void)[] = [];
  const drawnListeners: (() => void)[] = [];
  const displayListeners: (() => void)[] = [];
  /** The address the page was last entered in the library at: runs there refresh its entry. */
  let enteredUrl: string | null = null;
  const lifetime = new AbortController();

  const pageInfo = (): PageInfo => {
    const claimed = readClaimedUrls(doc);
    return {
      url: win.location.href,
      canonicalUrl: absoluteUrl(claimed.canonical, doc.baseURI),
      ogUrl: claimed.ogUrl || null,
      title: result?.title || doc.title,
      lang: result?.lang ?? "other",
    };
  };

  const applyDisplay = () => {
    const show = (k: HighlightKind) => visible && (k === "note" || kinds[k as AnnotationKind]);
    highlighter.show({
      expert: show("expert"),
      organisation: show("organisation"),
      "policy-option": show("policy-option"),
      note: visible,
    });
  };

  /** A range over the span, only if it covers the same text: a page that changed since the run draws nothing wrong. */
  const faithfulRange = (text: DomText, start: number, end: number): Range | null => {
    const range = rangeFromOffsets(text, start, end, doc);
    return range && squash(range.toString()) === squash(text.text.slice(start, end)) ? range : null;
  };

  /** Counts drawings: one still building its ranges when a newer one starts gives way to it. */
  let drawings = 0;
  /**
   * Builds the views and their ranges in slices of the page's thread (a 100,000-paragraph page's took one task
   * of several hundred ms) and stages each kind's highlight in slices too, then shows them all in one task.
   */
  const draw = async () => {
    const drawing = ++drawings;
    const slice = slicer(win, PAGE_SLICE_MS);
    const text = dom;
    const nextViews = result ? await collectInSlices(eachAnnotationView(result, corrections, key ?? ""), slice) : [];
    const placed = text
      ? await placeInSlices(nextViews, (s) => faithfulRange(text, s.start, s.end), slice)
      : nextViews.map((item) => ({ item, ranges: [] }));
    const shows: (() => void)[] = [];
    for (const kind of Object.keys(ALL_KINDS) as AnnotationKind[])
      shows.push(
        await highlighter.stage(
          kind,
          placed.filter((d) => d.item.kind === kind).flatMap((d) => d.ranges),
          slice,
        ),
      );
    if (drawing !== drawings) return;
    drawn = placed;
    // Every kind at once, in this one task (the fallback painter's changes to the page with them).
    for (const show of shows) show();
    applyDisplay();
    for (const l of drawnListeners) l();
  };

  /** The reader's choices from the settings: which kinds are on, and their colours. */
  const applySettings = async () => {
    try {
      const [storedKinds, storedColours] = await Promise.all([
        callBackground(runtime, "settings/get", { key: "kinds" }),
        callBackground(runtime, "settings/get", { key: "colours" }),
      ]);
      const k = storedKinds.value as Partial<Record<AnnotationKind, unknown>> | null;
      if (k && typeof k === "object")
        for (const kind of Object.keys(ALL_KINDS) as AnnotationKind[])
          if (typeof k[kind] === "boolean") kinds[kind] = k[kind] as boolean;
      const c = storedColours.value as Partial<Record<AnnotationKind, unknown>> | null;
      if (c && typeof c === "object") {
        const colours: Partial<Record<HighlightKind, string>> = {};
        for (const kind of Object.keys(ALL_KINDS) as AnnotationKind[]) {
          const fill = typeof c[kind] === "string" ? translucent(c[kind] as string) : null;
          if (fill) colours[kind] = fill;
        }
        highlighter.setColours(colours);
      }
      applyDisplay();
    } catch {
      // Without settings the defaults stand: the page is still annotated.
    }
  };
  const settingsLoaded = applySettings();

  const summaries = (found: ExtractResult | null) => (found?.isArticle ? annotationSummaries(found) : []);

  /** Looks the page up in the library (`lookup`), or enters it there; either way learns its key. */
  const reportPage = async (lookup: boolean) => {
    const url = win.location.href;
    const found = result;
    // On a 100,000-paragraph page each step takes 5-12 ms (the claimed addresses' lookup walks the whole DOM),
    // so each has a task of its own; the summaries, megabytes of them, go in parts.
    const page = pageInfo();
    await yieldToPage(win);
    const annotations = summaries(found);
    await yieldToPage(win);
    const port = runtime.connect({ name: MESSAGE_PORT });
    const seen = await callOverPort(port, "page/seen", { page, annotations, lookup }, () => yieldToPage(win));
    if (!lookup) enteredUrl = url;
    key = seen.pageKey;
    return key;
  };
  // Read: the article at this address was in the foreground long enough (not one a script has moved on from).
  const reading = watchReading(
    win,
    (url) => {
      if (url === win.location.href && result?.isArticle) void reportPage(false).catch(() => undefined);
    },
    lifetime.signal,
  );

  const run = async () => {
    try {
      // Let the page finish what it is doing first.
      await yieldToPage(win);
      const live = await extractLive(win, runtime);
      reader = live.reader;
      result = live.result;
      dom = live.result.isArticle ? live.dom : null;
      status = live.result.isArticle ? "annotated" : "not-article";
      message = live.result.notArticleReason;
      // The reader's corrections and settings come before the first drawing, so nothing they refused flashes up.
      await settingsLoaded;
      if (result.isArticle) await lookUpAndCorrect();
      await yieldToPage(win);
      await draw();
      timing.paintedAt ??= win.performance.now();
      if (result.isArticle) reading.start(win.location.href);
      else reading.stop();
    } catch (e) {
      result = null;
      dom = null;
      status = "error";
      message = e instanceof Error ? e.message : String(e);
      reading.stop();
      await draw();
      return;
    }
    for (const l of annotatedListeners) l();
  };

  /**
   * Learns the page's key and applies the reader's corrections; the page works without them. A page already
   * entered at this address has its library entry refreshed; any other is only looked up (read-watch.ts).
   */
  const lookUpAndCorrect = async () => {
    try {
      const pageKey = await reportPage(enteredUrl !== win.location.href);
      corrections = await callBackground(runtime, "corrections/list", { pageKey });
    } catch (e) {
      message = `Could not reach the extension's storage: ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  return {
    annotate() {
      // Runs never overlap: a change during a run schedules one more run after it.
      running = (running ?? Promise.resolve()).then(run);
      return running;
    },
    state: () => ({
      page: pageInfo(),
      pageKey: key,
      // What the reader refused is gone from the popup's lists and exports too, as it is from the page.
      result: result && withoutRefused(result, corrections, key ?? ""),
      status,
      message,
      highlightsVisible: visible,
      kinds: { ...kinds },
      orphanIds: notes?.orphanIds() ?? [],
      timing: { ...timing },
      articleReader: reader,
    }),
    display(opts) {
      if (opts.visible === undefined && opts.kinds === undefined) visible = !visible;
      if (opts.visible !== undefined) visible = opts.visible;
      if (opts.kinds) kinds = { ...kinds, ...opts.kinds };
      applyDisplay();
      for (const l of displayListeners) l();
      return visible;
    },
    scrollTo(id) {
      const range = drawn.find((d) => d.item.id === id)?.ranges[0] ?? notes?.rangeOf(id) ?? null;
      if (!range) return false;
      const rect = range.getBoundingClientRect();
      win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior: "smooth" });
      highlighter.flash(range);
      return true;
    },
    drawn: () => drawn.filter((d) => visible && kinds[d.item.kind]),
    articleText: () => dom,
    pageKey: () => key,
    enterLibrary: () => reportPage(false),
    async correct(view) {
      if (!key) return;
      // The reader's correction keeps the page in their library.
      await reportPage(false);
      const name = view.label;
      const correction: CorrectionRecord = {
        id: correctionKey(key, view.kind, name),
        pageKey: key,
        kind: view.kind,
        name,
        verdict: view.kind === "expert" ? "not-expert" : "wrong",
        createdAt: Date.now(),
      };
      await callBackground(runtime, "corrections/add", { correction });
      corrections = [...corrections.filter((c) => c.id !== correction.id), correction];
      await draw();
    },
    useNotes: (source) => void (notes = source),
    onAnnotated: (l) => void annotatedListeners.push(l),
    onDrawn: (l) => void drawnListeners.push(l),
    onDisplay: (l) => void displayListeners.push(l),
    highlighter,
    destroy: () => {
      lifetime.abort();
      highlighter.destroy();
    },
  };
}
