// Draws the toolbar icons (a lens over three coloured bars, one per annotation kind) as PNGs without any
// image library: run once with `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y) {
  // Unit coordinates, origin at the top left.
  const cx = 0.42,
    cy = 0.42,
    r = 0.32,
    ring = 0.07;
  const d = Math.hypot(x - cx, y - cy);
  const onHandle = x > 0.62 && y > 0.62 && Math.abs(x - y) < 0.09 && x < 0.95;
  if (onHandle || (d <= r && d >= r - ring)) return [33, 37, 41, 255];
  if (d < r - ring) {
    const bars = [
      [0.27, [243, 156, 18]],
      [0.42, [52, 152, 219]],
      [0.57, [46, 204, 113]],
    ];
    for (const [by, rgb] of bars) if (Math.abs(y - by) < 0.045 && x > 0.2 && x < 0.64) return [...rgb, 255];
    return [255, 255, 255, 255];
  }
  return [0, 0, 0, 0];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling keeps the small sizes smooth.
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let k = 0; k < 4; k++) acc[k] += p[k];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let k = 0; k < 4; k++) raw[o + k] = Math.round(acc[k] / 16);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 48, 128]) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
