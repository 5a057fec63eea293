// Export buttons: JSON-LD (W3C Web Annotation), Markdown and CSV, built on demand from what `pages` returns.
import { useState } from "preact/hooks";
import type { FileToSave } from "./api";
import { t } from "./i18n";
import { type ExportFormat, exportFile, type PageSource } from "./page-files";

const BUTTONS: [ExportFormat, string, string][] = [
  ["json", "export-json", "JSON-LD"],
  ["markdown", "export-markdown", "Markdown"],
  ["csv", "export-csv", "CSV"],
];

interface Props {
  label?: string;
  /** Tells this group from another on the same page (the library's whole export and its selection's). */
  testId?: string;
  pages: () => PageSource;
  download: (file: FileToSave) => void;
  onError: (message: string) => void;
  now?: () => number;
}

export function ExportButtons({ label = t("popupExport"), testId, pages, download, onError, now = Date.now }: Props) {
  const [busy, setBusy] = useState(false);
  async function run(format: ExportFormat) {
    setBusy(true);
    try {
      download(await exportFile(format, pages(), now()));
    } catch (e) {
      onError(t("popupActionFailed", e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="export" role="group" aria-label={label} data-testid={testId}>
      <span class="export-label">{label}</span>
      {BUTTONS.map(([format, testId, text]) => (
        <button
          type="button"
          class="small"
          data-testid={testId}
          key={format}
          disabled={busy}
          onClick={() => void run(format)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
