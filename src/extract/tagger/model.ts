// The tagger's model file: a short header (magic, format and feature versions, language, labels, bucket count,
// weight scale, transition scores) and the emission weights as int16 rows, stored only for the buckets that
// have a non-zero weight (delta-coded bucket numbers). int16, not int8: the averaged perceptron's weights span
// orders of magnitude, and int8 lost 1–5 points of F1 per label on CoNLL valid. No words: the buckets are hashes
// of feature names.
// The loader checks everything it reads and throws an Error that says what is wrong with the file.
import { FEATURE_VERSION } from "./features";
import { tagCount } from "./labels";

/** "PLTG": a PolicyLens tagger file. */
const MAGIC = [0x50, 0x4c, 0x54, 0x47];
/** Version of the layout below. */
export const FORMAT_VERSION = 1;
/** Longest language code or label name, in bytes: a longer one means the header is garbage. */
const MAX_NAME = 32;

export interface TaggerModel {
  /** The language whose word lists the features read ("ru", "en"). */
  lang: string;
  /** Entity labels, in tag order (labels.ts). */
  labels: string[];
  featureVersion: number;
  /** Number of feature buckets, a power of two. */
  buckets: number;
  /** A weight is `weights[bucket * tags + tag] * scale`. */
  scale: number;
  weights: Int16Array;
  /** Transition scores, as viterbi.ts reads them (row 0: sentence start). */
  transition: Float32Array;
}

export function encodeModel(m: TaggerModel): Uint8Array {
  const tags = tagCount(m.labels.length);
  const text = new TextEncoder();
  const bytes: number[] = [...MAGIC, 0, 0, 0, 0];
  const u16 = (v: number) => bytes.push(v & 0xff, v >>> 8);
  const u32 = (v: number) => bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
  const f32 = (v: number) => bytes.push(...new Uint8Array(new Float32Array([v]).buffer));
  const name = (s: string) => {
    const b = text.encode(s);
    bytes.push(b.length, ...b);
  };
  u16(FORMAT_VERSION);
  u16(m.featureVersion);
  name(m.lang);
  bytes.push(m.labels.length);
  m.labels.forEach(name);
  u32(m.buckets);
  f32(m.scale);
  m.transition.forEach(f32);
  const rows: number[] = [];
  for (let b = 0; b < m.buckets; b++) {
    for (let t = 0; t < tags; t++) {
      if (m.weights[b * tags + t] !== 0) {
        rows.push(b);
        break;
      }
    }
  }
  u32(rows.length);
  let last = 0;
  for (const b of rows) {
    for (let d = b - last; ; d >>>= 7) {
      if (d < 0x80) {
        bytes.push(d);
        break;
      }
      bytes.push((d & 0x7f) | 0x80);
    }
    last = b;
    for (let t = 0; t < tags; t++) {
      const w = m.weights[b * tags + t]!;
      bytes.push(w & 0xff, (w >> 8) & 0xff);
    }
  }
  const out = Uint8Array.from(bytes);
  new DataView(out.buffer).setUint32(4, out.length, true);
  return out;
}

/** `featureVersion`: the version the caller's features compute (another tagger's, such as attribution's). */
export function decodeModel(data: Uint8Array | ArrayBuffer, featureVersion: number = FEATURE_VERSION): TaggerModel {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new Error(`tagger model: truncated (${bytes.length} bytes, needs more at ${at})`);
  };
  const u8 = () => (need(1), bytes[at++]!);
  const u16 = () => (need(2), (at += 2), view.getUint16(at - 2, true));
  const u32 = () => (need(4), (at += 4), view.getUint32(at - 4, true));
  const f32 = () => (need(4), (at += 4), view.getFloat32(at - 4, true));
  const name = () => {
    const n = u8();
    if (n === 0 || n > MAX_NAME) throw new Error(`tagger model: corrupt header (a name of ${n} bytes)`);
    need(n);
    at += n;
    return new TextDecoder().decode(bytes.subarray(at - n, at));
  };

  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error("tagger model: not a tagger model file (wrong magic)");
  }
  at = MAGIC.length;
  const length = u32();
  if (length !== bytes.length) {
    throw new Error(
      `tagger model: ${bytes.length < length ? "truncated" : "corrupt"}: ${bytes.length} bytes, header says ${length}`,
    );
  }
  const format = u16();
  if (format !== FORMAT_VERSION)
    throw new Error(`tagger model: format version ${format}, this reader reads ${FORMAT_VERSION}`);
  const fileFeatures = u16();
  if (fileFeatures !== featureVersion) {
    throw new Error(
      `tagger model: feature version ${fileFeatures}, this build computes version ${featureVersion}: retrain (npm run train)`,
    );
  }
  const lang = name();
  const labels = Array.from({ length: u8() }, name);
  const tags = tagCount(labels.length);
  const buckets = u32();
  if (buckets === 0 || (buckets & (buckets - 1)) !== 0)
    throw new Error(`tagger model: corrupt header (${buckets} buckets)`);
  const scale = f32();
  const transition = new Float32Array((tags + 1) * tags);
  for (let i = 0; i < transition.length; i++) transition[i] = f32();
  const rows = u32();
  const weights = new Int16Array(buckets * tags);
  let bucket = 0;
  for (let r = 0; r < rows; r++) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const b = u8();
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    bucket += delta;
    if (bucket >= buckets) throw new Error(`tagger model: corrupt weights (bucket ${bucket} of ${buckets})`);
    need(2 * tags);
    for (let t = 0; t < tags; t++, at += 2) weights[bucket * tags + t] = view.getInt16(at, true);
  }
  if (at !== bytes.length) throw new Error(`tagger model: corrupt (${bytes.length - at} bytes after the weights)`);
  return { lang, labels, featureVersion: fileFeatures, buckets, scale, weights, transition };
}
