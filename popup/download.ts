// Saves a generated file through an <a download> with a Blob URL: no downloads permission needed.
import type { FileToSave } from "./api";

/** The Blob URL outlives the click briefly: some browsers start reading it after the click returns. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(doc: Document, { name, mime, content }: FileToSave): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
