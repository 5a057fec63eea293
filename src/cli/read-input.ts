// Reading an input file: its size checked before a byte is read, errors in words a reader can act on.
import { readFileSync, statSync } from "node:fs";

/**
 * Largest page or text file read (bytes). Real articles are well under 2 MB of HTML; a 20 MB page took the
 * engine 20 s and 1.7 GB, so a file this large is refused with a message instead. Also the limit for one line
 * of a batch.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A problem with the input, reported as one line and exit status 1. */
export class InputError extends Error {}

/** "10 MB", "20.3 MB": sizes in error messages. */
export const megabytes = (bytes: number): string => `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The file's bytes; refuses a missing file, a directory and a file over `limit` bytes. */
export function readInput(file: string, limit: number | null): Uint8Array {
  try {
    const size = statSync(file).size;
    if (limit !== null && size > limit)
      throw new InputError(`${file} is ${megabytes(size)}: files over ${megabytes(limit)} are not read`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? `${file}: no such file`
        : code === "EISDIR"
          ? `${file} is a directory`
          : `cannot read ${file} (${code ?? (e as Error).message})`,
    );
  }
}
