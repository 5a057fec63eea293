// How the protocol's messages travel: the envelope and its checking on receipt, unwrapping a reply, and calling
// the background or a tab. Transport is passed in (a `runtime`/`tabs` object), so this module stays pure and
// testable.
import type { AnyCheck } from "../check";
import { PANEL_MESSAGES } from "./checks";
import {
  type BackgroundProtocol,
  CHANNEL,
  type DataOf,
  type Envelope,
  type MessageName,
  type PanelProtocol,
  type Reply,
  type ResultOf,
  type TabProtocol,
} from "./types";

/** Checks an incoming value is one of our envelopes with valid data; returns the error or null. */
export function checkEnvelope(value: unknown, table: Record<string, AnyCheck | { check: AnyCheck }>): string | null {
  if (typeof value !== "object" || value === null) return "message must be an object";
  const m = value as Partial<Envelope>;
  if (m.channel !== CHANNEL) return "not a PolicyLens message";
  if (typeof m.name !== "string" || !Object.hasOwn(table, m.name)) return `unknown message "${String(m.name)}"`;
  const entry = table[m.name]!;
  return (typeof entry === "function" ? entry : entry.check)(m.data, m.name);
}

export function envelope<N extends MessageName>(name: N, data: DataOf<N>): Envelope<N> {
  return { channel: CHANNEL, name, data };
}

/** Unwraps a reply; an error reply or a missing one (the receiver did not answer) throws with its message. */
export function unwrap<R>(reply: unknown, name: string): R {
  if (typeof reply !== "object" || reply === null || !("ok" in reply)) throw new Error(`No answer to "${name}"`);
  const r = reply as Reply<R>;
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

export interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}
/** A content script's runtime: messages, and ports for what is too big for one message. */
export interface ContentRuntime extends Runtime {
  connect(info: { name: string }): PortLike;
}
export interface Tabs {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** One end of a long-lived connection (`runtime.connect`), as much of it as the page stream uses. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export async function callBackground<N extends keyof BackgroundProtocol>(
  runtime: Runtime,
  name: N,
  data: DataOf<N>,
): Promise<ResultOf<N>> {
  return unwrap<ResultOf<N>>(await runtime.sendMessage(envelope(name, data)), name);
}

export async function callTab<N extends keyof TabProtocol>(
  tabs: Tabs,
  tabId: number,
  name: N,
  data: DataOf<N>,
): Promise<ResultOf<N>> {
  return unwrap<ResultOf<N>>(await tabs.sendMessage(tabId, envelope(name, data)), name);
}

/**
 * Broadcasts a side-panel message to the extension's pages. With no panel open nobody listens and the browser
 * rejects the send: that is no failure, so it is dropped.
 */
export function tellPanels<N extends keyof PanelProtocol>(runtime: Runtime, name: N, data: DataOf<N>): void {
  runtime.sendMessage(envelope(name, data)).catch(() => undefined);
}

/**
 * A side-panel message, if `value` is one the background sent (this extension, no tab: a content script's
 * broadcast reaches extension pages too) and its data passes the check; null for anything else, such as the
 * popup's requests to the background, which every extension page also sees go by.
 */
export function readPanelMessage(
  value: unknown,
  sender: { id?: string; tab?: unknown },
  extensionId: string,
): Envelope<keyof PanelProtocol> | null {
  if (sender.id !== extensionId || sender.tab !== undefined) return null;
  return checkEnvelope(value, PANEL_MESSAGES) === null ? (value as Envelope<keyof PanelProtocol>) : null;
}
