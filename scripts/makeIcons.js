/* Draws FIN's icon (three rising bars on Excel green) as PNGs at every size the manifest names. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(x, y, n) {
  const r = n * 0.18; // rounded corners
  const cx = Math.min(Math.max(x + 0.5, r), n - r);
  const cy = Math.min(Math.max(y + 0.5, r), n - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return CLEAR;
  const u = (x + 0.5) / n;
  const v = 1 - (y + 0.5) / n;
  const bars = [
    [0.2, 0.36, 0.38],
    [0.42, 0.58, 0.58],
    [0.64, 0.8, 0.8],
  ];
  return bars.some(([a, b, h]) => u >= a && u < b && v >= 0.18 && v < h) ? WHITE : GREEN;
}

function png(n) {
  const raw = Buffer.alloc((n * 4 + 1) * n);
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0;
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (n * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const n of SIZES)
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${n}.png`), png(n));
console.log(`wrote assets/icon-{${SIZES.join(",")}}.png`);
