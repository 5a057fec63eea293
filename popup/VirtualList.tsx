// A list that renders only the rows in view once it is long, so a page with 10,000 notes opens as fast as
// one with ten. Short lists render whole (rows keep their natural height). Arrow keys, Home and End move
// focus between rows' main buttons (marked `data-primary`), scrolling the row into view. One row may be marked
// (`marked`: the side panel's row of the annotation under the reader's pointer), and is scrolled into view.
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

/** Lists up to this long render every row: cheap, and rows can grow to fit their text. */
export const VIRTUALISE_ABOVE = 60;
/** Rows rendered beyond each edge of the view, so fast scrolling does not show blank space. */
const OVERSCAN = 6;

interface Props<T> {
  items: readonly T[];
  /** Fixed row height (px) when virtualised; rows clamp their text to fit. */
  rowHeight: number;
  /** Height (px) of the scrolling view when virtualised. */
  viewHeight: number;
  label: string;
  getKey: (item: T) => string;
  renderItem: (item: T) => ComponentChildren;
  testId?: string;
  /** The key of the row to mark and bring into view, if any. */
  marked?: string | null;
}

function moveFocus(key: string, index: number, count: number): number | null {
  if (key === "ArrowDown") return Math.min(count - 1, index + 1);
  if (key === "ArrowUp") return Math.max(0, index - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

export function VirtualList<T>({
  items,
  rowHeight,
  viewHeight,
  label,
  getKey,
  renderItem,
  testId = "annotation-item",
  marked = null,
}: Props<T>) {
  const virtual = items.length > VIRTUALISE_ABOVE;
  const [scrollTop, setScrollTop] = useState(0);
  const view = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(null);

  // A new, shorter list (a filter was typed) must not leave the view scrolled past its end.
  useEffect(() => {
    if (view.current && scrollTop > items.length * rowHeight) {
      view.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [items.length]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"] [data-primary]`);
    pendingFocus.current = null;
    row?.focus();
  });

  // A newly marked row comes into view: in a virtual list by scrolling to its place (it may not be rendered yet).
  useEffect(() => {
    if (marked === null) return;
    const index = items.findIndex((item) => getKey(item) === marked);
    if (index < 0) return;
    if (virtual && view.current) {
      const top = index * rowHeight;
      if (top >= scrollTop && top + rowHeight <= scrollTop + viewHeight) return;
      view.current.scrollTop = top;
      setScrollTop(top);
    } else list.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: "nearest" });
  }, [marked]);

  const first = virtual ? Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN) : 0;
  const last = virtual
    ? Math.min(items.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN)
    : items.length;

  function onKeyDown(e: KeyboardEvent) {
    const row = (e.target as HTMLElement).closest<HTMLElement>("[data-index]");
    if (!row || !(e.target as HTMLElement).hasAttribute("data-primary")) return;
    const next = moveFocus(e.key, Number(row.dataset.index), items.length);
    if (next === null) return;
    e.preventDefault();
    const rendered = list.current?.querySelector<HTMLElement>(`[data-index="${next}"] [data-primary]`);
    if (virtual && view.current) {
      const top = next * rowHeight;
      const target = Math.min(top, Math.max(top + rowHeight - viewHeight, scrollTop));
      view.current.scrollTop = target;
      setScrollTop(target);
      // A row outside the rendered window gets focus once the scroll has rendered it.
      if (!rendered) pendingFocus.current = next;
    }
    rendered?.focus();
  }

  const rows = items.slice(first, last).map((item, i) => (
    <li
      key={getKey(item)}
      data-testid={testId}
      data-index={first + i}
      class={getKey(item) === marked ? "row marked" : "row"}
      data-marked={getKey(item) === marked || undefined}
      aria-posinset={first + i + 1}
      aria-setsize={items.length}
      style={virtual ? { height: `${rowHeight}px` } : undefined}
    >
      {renderItem(item)}
    </li>
  ));
  const ul = (
    <ul
      ref={list}
      role="list"
      aria-label={label}
      class={virtual ? "list virtual" : "list"}
      onKeyDown={onKeyDown}
      style={virtual ? { paddingTop: `${first * rowHeight}px`, height: `${items.length * rowHeight}px` } : undefined}
    >
      {rows}
    </ul>
  );
  if (!virtual) return ul;
  return (
    <div
      ref={view}
      class="virtual-view"
      style={{ maxHeight: `${viewHeight}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      {ul}
    </div>
  );
}
