// Generates Sahifa's toolbar/store icons (public/icon/{16,32,48,128}.png)
// with Node built-ins only: the shapes are drawn with 4x4 supersampling into
// an RGBA buffer and written as a PNG (zlib-deflated IDAT, CRC32 per chunk).
// Run: node assets/icons/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/icon');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1). Later shapes paint over earlier ones.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r)), dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const TEAL = [31, 111, 92, 255], PAPER = [250, 247, 240, 255], INK = [31, 111, 92, 255], GOLD = [214, 158, 46, 255];
function shapes(size) {
  const small = size <= 16;
  const lines = small
    ? [[0.30, 0.70, 0.44], [0.30, 0.70, 0.60]]
    : [[0.31, 0.69, 0.40], [0.31, 0.69, 0.51], [0.31, 0.69, 0.62], [0.44, 0.69, 0.73]];
  const lh = small ? 0.09 : 0.055;
  return [
    [roundRect(0.02, 0.02, 0.98, 0.98, 0.22), TEAL],
    [roundRect(0.22, 0.16, 0.78, 0.86, 0.06), PAPER],
    [roundRect(0.31, small ? 0.24 : 0.24, 0.69, small ? 0.33 : 0.31, 0.02), GOLD],
    ...lines.map(([a, b, y]) => [roundRect(a, y - lh / 2, b, y + lh / 2, lh / 2), INK]),
  ];
}
function draw(size) {
  const buf = Buffer.alloc(size * size * 4);
  const ss = 4, list = shapes(size);
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
      const x = (px + (sx + 0.5) / ss) / size, y = (py + (sy + 0.5) / ss) / size;
      let c = null;
      for (const [hit, col] of list) if (hit(x, y)) c = col;
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
    }
    const n = ss * ss, i = (py * size + px) * 4, cov = a / 255;
    buf[i] = cov ? Math.round(r / cov) : 0; buf[i + 1] = cov ? Math.round(g / cov) : 0;
    buf[i + 2] = cov ? Math.round(b / cov) : 0; buf[i + 3] = Math.round(a / n);
  }
  return png(size, buf);
}
mkdirSync(OUT, { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(resolve(OUT, `${s}.png`), draw(s));
console.log('icons written to', OUT);
