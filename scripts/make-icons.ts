/**
 * Draws the toolbar icon (a flag on a saffron-and-orange square, after Bhutan's flag colours) as PNGs
 * at the sizes the manifest lists. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function png(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  const r = size * 0.2;
  writeFileSync(
    `assets/icons/icon-${size}.png`,
    png(size, (px, py) => {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      // Rounded square: outside the corners is transparent.
      const cx = Math.min(Math.max(px + 0.5, r), size - r);
      const cy = Math.min(Math.max(py + 0.5, r), size - r);
      if (Math.hypot(px + 0.5 - cx, py + 0.5 - cy) > r) return [0, 0, 0, 0];
      const pole = x > 0.24 && x < 0.32 && y > 0.18 && y < 0.86;
      const flag = x >= 0.32 && x < 0.8 && y > 0.2 && y < 0.56;
      if (pole) return [255, 255, 255, 255];
      if (flag) return y - 0.2 < (x - 0.32) * 0.75 ? [255, 205, 0, 255] : [255, 255, 255, 255];
      return x + y < 1 ? [214, 79, 0, 255] : [176, 54, 0, 255];
    }),
  );
}
