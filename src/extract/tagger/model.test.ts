import { describe, expect, it } from "vitest";
import { FEATURE_VERSION } from "./features";
import { decodeModel, encodeModel, type TaggerModel } from "./model";

/** A tiny model: 8 buckets, labels PER and ORG (5 tags), a few non-zero weights. */
function tiny(): TaggerModel {
  const weights = new Int16Array(8 * 5);
  weights[0] = 7;
  weights[3 * 5 + 2] = -32767;
  weights[7 * 5 + 4] = 300;
  return {
    lang: "ru",
    labels: ["PER", "ORG"],
    featureVersion: FEATURE_VERSION,
    buckets: 8,
    scale: 0.25,
    weights,
    transition: Float32Array.from({ length: 30 }, (_, i) => i / 4 - 3),
  };
}

describe("model file", () => {
  it("reads back what was written", () => {
    const m = tiny();
    const back = decodeModel(encodeModel(m));
    expect(back).toEqual(m);
    // Only the three buckets with a weight are stored: header + 3 rows of (1-byte delta + 5 int16).
    expect(encodeModel(m).length).toBeLessThan(200);
  });

  it("reads from an ArrayBuffer too", () => {
    const bytes = encodeModel(tiny());
    expect(decodeModel(bytes.slice().buffer).labels).toEqual(["PER", "ORG"]);
  });

  const bad = (change: (b: Uint8Array) => Uint8Array) => () => decodeModel(change(encodeModel(tiny())));
  const setU16 = (b: Uint8Array, at: number, v: number) => {
    new DataView(b.buffer).setUint16(at, v, true);
    return b;
  };
  it.each([
    ["an empty file", bad(() => new Uint8Array(0)), /wrong magic/],
    ["wrong magic", bad((b) => ((b[0] = 0x7b), b)), /wrong magic/],
    ["a truncated file", bad((b) => b.slice(0, b.length - 3)), /truncated/],
    ["a file cut inside the header", bad((b) => b.slice(0, 6)), /truncated/],
    ["bytes after the end", bad((b) => Uint8Array.from([...b, 0])), /corrupt/],
    ["another format version", bad((b) => setU16(b, 8, 99)), /format version 99/],
    ["another feature version", bad((b) => setU16(b, 10, FEATURE_VERSION + 1)), /feature version .*retrain/],
  ])("refuses %s with a clear error", (_name, load, message) => {
    expect(load).toThrow(message);
  });
});
