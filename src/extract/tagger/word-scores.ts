// Per model, each distinct word's summed weights: of its own features, and of its features as each slot's
// neighbour (features.ts SLOTS); and a sentence edge's, as a neighbour in each slot. A word's sums depend on the
// word alone, and adding them up is most of a token's cost (each feature reads a random row of a table of
// megabytes), so they are kept between sentences and texts. They live in one pooled Int32Array, a row per word,
// rather than an array per word: a page's first reading meets hundreds of new words, and allocating and
// collecting an array for each cost more than summing it.
import { wordIds, SLOTS } from "./features";
import { tagCount } from "./labels";
import type { TaggerModel } from "./model";
import type { Lang } from "../types";

/** Distinct words whose scores are kept per model by default: a news vocabulary's common core. */
const WORD_LIMIT = 20_000;
/** Rows the pool starts with; it doubles as a reader's pages bring new words. */
const FIRST_ROWS = 256;

export class WordScores {
  /** Scores per row: the word's own, then one block of `tags` per slot. */
  readonly stride: number;
  /** Row 0 holds the sentence edge's slot blocks, where a word's would be; its own block is zero. */
  readonly edge = 0;
  private poolRows: Int32Array;
  private readonly rowOf = new Map<string, number>();
  private next = 1;
  private readonly tags: number;
  private readonly lang: Lang;
  /** Where each feature's weight row starts, for `add`. */
  private rows = new Int32Array(64);

  constructor(
    private readonly model: TaggerModel,
    private readonly limit = WORD_LIMIT,
  ) {
    this.tags = tagCount(model.labels.length);
    this.stride = (1 + SLOTS.length) * this.tags;
    this.lang = model.lang as Lang;
    this.poolRows = new Int32Array(FIRST_ROWS * this.stride);
    wordIds(null, this.lang, model.buckets).slots.forEach((ids, k) => this.add(ids, (1 + k) * this.tags));
  }

  /** The rows; read it after `offsetOf` calls, which may replace it. */
  get pool(): Int32Array {
    return this.poolRows;
  }

  /**
   * Makes room for `count` more words, so that no row is reused while a sentence is read: past the limit every
   * kept word is forgotten at once (simpler than forgetting the oldest, and as rare as a reader's 20,000th word).
   */
  reserve(count: number): void {
    if (this.next > 1 && this.next - 1 + count > this.limit) {
      this.rowOf.clear();
      this.next = 1;
    }
    let rows = this.poolRows.length / this.stride;
    if (this.next + count <= rows) return;
    while (rows < this.next + count) rows *= 2;
    const grown = new Int32Array(rows * this.stride);
    grown.set(this.poolRows.subarray(0, this.next * this.stride));
    this.poolRows = grown;
  }

  /** The offset of `word`'s row in `pool`, summed now if it is not kept; `reserve` made room for it. */
  offsetOf(word: string): number {
    let row = this.rowOf.get(word);
    if (row === undefined) {
      row = this.next++;
      this.rowOf.set(word, row);
      const at = row * this.stride;
      this.poolRows.fill(0, at, at + this.stride);
      const { own, slots } = wordIds(word, this.lang, this.model.buckets);
      this.add(own, at);
      for (let k = 0; k < slots.length; k++) this.add(slots[k]!, at + (1 + k) * this.tags);
    }
    return row * this.stride;
  }

  /** Adds the summed weight rows of `ids`, one score per tag, into the pool from `at`. */
  private add(ids: ArrayLike<number>, at: number): void {
    const tags = this.tags;
    const w = this.model.weights;
    const out = this.poolRows;
    const n = ids.length;
    if (this.rows.length < n) this.rows = new Int32Array(n);
    const rows = this.rows;
    for (let k = 0; k < n; k++) rows[k] = ids[k]! * tags;
    // One tag at a time, so its sum stays in a register.
    for (let t = 0; t < tags; t++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += w[rows[k]! + t]!;
      out[at + t] += sum;
    }
  }
}
