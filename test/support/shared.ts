// Where ../shared is (more fixture pages, Readability's test pages, corpora) and whether it is there. Every
// test that reads it says "(needs ../shared)" in its name and skips when it is absent, so a bare checkout
// passes on what it commits. POLICYLENS_SHARED points elsewhere; pointing it at nothing checks the skips.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED = resolve(process.env.POLICYLENS_SHARED ?? join(import.meta.dirname, "../../../shared"));

export const HAS_SHARED = existsSync(SHARED);

/** The suffix for the name of a test or describe that reads ../shared; it says why when it is skipped. */
export const NEEDS_SHARED = HAS_SHARED ? "(needs ../shared)" : `(needs ../shared: skipped, ${SHARED} is absent)`;
