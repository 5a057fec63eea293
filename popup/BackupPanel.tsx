// Backup and restore of everything PolicyLens keeps: one JSON file out, and the same file back in, merged
// with what is here or replacing it. The background checks the whole file before it writes anything.
import { useState } from "preact/hooks";
import type { ImportCounts, TableName } from "../src/export/backup";
import type { Runtime } from "../src/messages/transport";
import type { FileToSave } from "./api";
import { backupFileName, EMPTY_FILE, fetchBackup, isEmptyFile, type RestoreMode, restoreBackup } from "./backup-files";
import { t, type MessageKey } from "./i18n";

/** A record, so a table added to backups without a label here fails the type check. */
const TABLE_LABELS: Record<TableName, MessageKey> = {
  pages: "libraryBackupPages",
  notes: "libraryBackupNotes",
  entities: "libraryBackupEntities",
  results: "libraryBackupResults",
  corrections: "libraryBackupCorrections",
  settings: "libraryBackupSettings",
};

type Outcome =
  { type: "saved"; name: string } | { type: "restored"; counts: ImportCounts } | { type: "error"; message: string };

interface Props {
  runtime: Runtime;
  download: (file: FileToSave) => void;
  /** Asked before a restore that replaces everything; true goes ahead. */
  confirm?: (question: string) => boolean;
  now?: () => number;
}

export function BackupPanel({ runtime, download, confirm = (q) => window.confirm(q), now = Date.now }: Props) {
  const [mode, setMode] = useState<RestoreMode>("merge");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  /** Runs a task, showing its outcome; a task that answers null (the reader said no) shows nothing. */
  async function run(task: () => Promise<Outcome | null>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await task());
    } catch (e) {
      setOutcome({ type: "error", message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const backUp = () =>
    run(async () => {
      const name = backupFileName(now());
      download({ name, mime: "application/json", content: await fetchBackup(runtime) });
      return { type: "saved", name };
    });

  function restore(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) fires another change.
    input.value = "";
    if (!file) return;
    void run(async () => {
      // Said before asking to replace everything: an empty file replaces nothing, whatever the answer.
      if (await isEmptyFile(file)) throw new Error(EMPTY_FILE);
      if (mode === "replace" && !confirm(t("libraryBackupConfirmReplace"))) return null;
      return { type: "restored", counts: await restoreBackup(runtime, file, mode) };
    });
  }

  return (
    // Inside the settings tab, laid out like its other groups.
    <div class="settings" data-testid="backup-panel">
      <fieldset>
        <legend>{t("libraryBackupTitle")}</legend>
        <p class="hint">{t("libraryBackupHint")}</p>
        <div class="field">
          <button type="button" data-testid="backup-export" disabled={busy} onClick={() => void backUp()}>
            {t("libraryBackupExport")}
          </button>
        </div>
        <div class="field" role="radiogroup" aria-label={t("libraryBackupMode")}>
          {(["merge", "replace"] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="backup-mode"
                data-testid={`backup-mode-${m}`}
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {t(m === "merge" ? "libraryBackupMerge" : "libraryBackupReplace")}
            </label>
          ))}
        </div>
        <div class="field">
          <label for="backup-file">{t("libraryBackupImport")}</label>
          <input
            id="backup-file"
            type="file"
            accept=".json,application/json"
            data-testid="backup-import"
            disabled={busy}
            onChange={restore}
          />
        </div>
        {busy && <p aria-busy="true">{t("popupLoading")}</p>}
        {outcome && <BackupResult outcome={outcome} />}
      </fieldset>
    </div>
  );
}

function BackupResult({ outcome }: { outcome: Outcome }) {
  if (outcome.type === "error")
    return (
      <p role="alert" class="error" data-testid="backup-result">
        {t("popupActionFailed", outcome.message)}
      </p>
    );
  if (outcome.type === "saved")
    return (
      <p role="status" data-testid="backup-result">
        {t("libraryBackupSaved", outcome.name)}
      </p>
    );
  return (
    <div role="status" data-testid="backup-result">
      <p>{t("libraryBackupRestored")}</p>
      <ul>
        {(Object.entries(TABLE_LABELS) as [TableName, MessageKey][]).map(([table, label]) => {
          const c = outcome.counts[table];
          return (
            <li key={table} data-testid={`backup-count-${table}`}>
              {t("libraryBackupCount", t(label), c.added, c.updated, c.kept)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
