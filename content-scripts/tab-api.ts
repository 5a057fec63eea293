// Answers the tab messages of src/messages/types.ts (from the popup and the background) with the controller.
import type { Envelope, Reply, TabProtocol } from "../src/messages/types";
import { TAB_MESSAGES } from "../src/messages/checks";
import { checkEnvelope } from "../src/messages/transport";
import type { Controller } from "./controller";
import type { NotesLayer } from "./notes/notes-layer";

type Handlers = { [N in keyof TabProtocol]: (data: TabProtocol[N]["data"]) => Promise<TabProtocol[N]["result"]> };

export function tabHandler(
  controller: Controller,
  notes: Pick<NotesLayer, "createFromSelection">,
  extensionId: string,
) {
  const handlers: Handlers = {
    "tab/state": async () => controller.state(),
    "tab/scroll-to": async ({ id }) => ({ found: controller.scrollTo(id) }),
    "tab/display": async (opts) => ({ visible: controller.display(opts) }),
    "tab/add-note": async () => ({ created: await notes.createFromSelection() }),
    "tab/run": async () => {
      await controller.annotate();
      return { status: controller.state().status };
    },
  };
  // An async function: its native Promise is what Chrome's message channel needs to deliver the reply.
  return async (message: unknown, sender: { id?: string }): Promise<Reply<unknown>> => {
    if (sender.id !== extensionId) return { ok: false, error: "message from outside the extension refused" };
    const problem = checkEnvelope(message, TAB_MESSAGES);
    if (problem) return { ok: false, error: `invalid message: ${problem}` };
    const { name, data } = message as Envelope<keyof TabProtocol>;
    try {
      return { ok: true, result: await (handlers[name] as (d: unknown) => Promise<unknown>)(data) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
