// The note editor frame's entry: an extension page the content script shows in the in-page UI's closed shadow
// root (./note-editor.ts). It takes the content script's port once, from the window message that carries the
// secret of its own address's fragment, then shows the form it is sent and reports what the reader does. Key
// and input events stay in this document: a page's listeners, capture ones included, never see the typing.
import browser from "webextension-polyfill";
import { checkToFrame, type FromFrame, isHandover, secretOf, type ToFrame } from "../../src/messages/editor-frame";
import { BASE_CSS } from "../ui-root";
import { editorLabels } from "../labels";
import { buildEditorForm, EDITOR_CSS, type EditorForm } from "./editor-form";

const secret = secretOf(location.hash);
const style = document.createElement("style");
style.textContent = BASE_CSS + EDITOR_CSS;
document.head.append(style);
document.body.className = "pl-layer";

const t = (key: string) => browser.i18n.getMessage(key);
let port: MessagePort | null = null;
let form: EditorForm | null = null;

const send = (message: FromFrame) => port?.postMessage(message);

function show(open: Extract<ToFrame, { type: "open" }>) {
  document.body.setAttribute("data-scheme", open.scheme);
  form = buildEditorForm(document, {
    quote: open.quote,
    initial: open.initial,
    deletable: open.deletable,
    labels: editorLabels(t),
    save: () => {
      form!.setBusy(true);
      send({ type: "save", value: form!.value() });
    },
    remove: () => send({ type: "delete" }),
    cancel: () => send({ type: "cancel" }),
  });
  document.body.replaceChildren(form.element);
  new ResizeObserver(() =>
    send({ type: "size", height: Math.ceil(form!.element.getBoundingClientRect().height) }),
  ).observe(form.element);
  form.focus();
}

function receive(message: unknown) {
  if (!checkToFrame(message)) return;
  if (message.type === "open") show(message);
  else {
    form?.setBusy(false);
    form?.showError(message.error);
  }
}

window.addEventListener("message", function takePort(e) {
  // Handed over once: the first message with our secret and a port; anything else (a page posting here) is ignored.
  if (e.source !== window.parent || !isHandover(e.data, e.ports, secret)) return;
  window.removeEventListener("message", takePort);
  port = e.ports[0]!;
  port.onmessage = (m) => receive(m.data);
});
