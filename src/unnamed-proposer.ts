// Who proposes what no one named does, as every view tells the reader (popup, hover card, Markdown): the author of
// a first-person post (ExtractResult.voice), else the outlet the story comes from, by name when the text names it.
import type { ExtractResult } from "./extract/types";

export interface UnnamedProposer {
  /** The text is its author's post: "the author" proposes. */
  byAuthor: boolean;
  /** The outlet the text names as its source; null when it names none ("the outlet"). */
  outlet: string | null;
}

export function unnamedProposer(result: Pick<ExtractResult, "voice" | "organisations">): UnnamedProposer {
  return {
    byAuthor: result.voice === "author",
    outlet: result.organisations.find((o) => o.outlet)?.name ?? null,
  };
}
