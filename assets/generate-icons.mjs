// Draws the app's icons (a key: the app holds your sign-in) and writes them as PNGs beside this
// file. Run once after changing the drawing: `node assets/generate-icons.mjs`; the PNGs are
// committed, so builds never run this. No image library: a small rasteriser and PNG encoder.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const here = new URL('./', import.meta.url);

/** The key, in unit coordinates (x right, y down), for a square canvas. */
function insideKey(x, y) {
  const ring = Math.hypot(x - 0.31, y - 0.5);
  if (ring <= 0.22 && ring >= 0.095) return true;
  if (x >= 0.5 && x <= 0.92 && y >= 0.43 && y <= 0.57) return true; // shaft
  if (x >= 0.7 && x <= 0.79 && y >= 0.57 && y <= 0.71) return true; // tooth
  if (x >= 0.83 && x <= 0.92 && y >= 0.57 && y <= 0.66) return true; // tooth
  return false;
}

function insideRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return Math.hypot(dx, dy) <= radius;
}

/** Coverage of each pixel by `shape`, with 4×4 supersampling for smooth edges. */
function rasterise(size, shape) {
  const samples = 4;
  const coverage = new Float32Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
        }
      }
      coverage[py * size + px] = hits / (samples * samples);
    }
  }
  return coverage;
}

/** RGBA pixels: `paint(coverageIndex)` returns [r, g, b, a] for pixel i. */
function image(size, paint) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) rgba.set(paint(i).map((v) => Math.round(Math.min(255, Math.max(0, v)))), i * 4);
  return rgba;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG, 8-bit RGBA, no interlace: https://www.w3.org/TR/png/ */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function write(name, size, rgba) {
  writeFileSync(new URL(name, here), encodePng(size, rgba));
  console.log(`wrote assets/${name} (${size}×${size})`);
}

const orange = [232, 134, 12];

// macOS menu-bar template images: black plus alpha; macOS tints them for light and dark bars.
for (const [name, size] of [['tray-Template.png', 16], ['tray-Template@2x.png', 32]]) {
  const key = rasterise(size, insideKey);
  write(name, size, image(size, (i) => [0, 0, 0, 255 * key[i]]));
}

// Windows and Linux trays: an orange key, readable on light and dark panels.
for (const [name, size] of [['tray.png', 16], ['tray@2x.png', 32]]) {
  const key = rasterise(size, insideKey);
  write(name, size, image(size, (i) => [...orange, 255 * key[i]]));
}

// The app icon: a white key on an orange rounded square (electron-builder derives .icns/.ico).
{
  const size = 1024;
  const tile = rasterise(size, (x, y) => insideRoundedSquare(x, y, 0.22));
  const key = rasterise(size, (x, y) => insideKey((x - 0.14) / 0.72, (y - 0.14) / 0.72));
  write('icon.png', size, image(size, (i) => {
    const shade = 1 - 0.18 * (Math.floor(i / size) / size); // darker towards the bottom
    const k = key[i];
    return [...orange.map((c) => c * shade * (1 - k) + 255 * k), 255 * tile[i]];
  }));
}
