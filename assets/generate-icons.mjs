// Draws the app's icons (a key: the app holds your sign-in) and writes them beside this file: the
// tray icon per state (macOS template PNGs at 1x and 2x, Linux PNGs, a Windows .ico) and the app
// icon. Run once after changing the drawing: `node assets/generate-icons.mjs`; the files are
// committed, so builds never run this. No image library: a small rasteriser, PNG and ICO encoders.
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
const grey = [128, 128, 128];
const amber = [214, 40, 40];
const blue = [30, 120, 220];

/** A badge in the top-right corner (expiring: a dot) or three dots along the bottom (busy). */
function insideExpiringBadge(x, y) {
  return Math.hypot(x - 0.8, y - 0.22) <= 0.17;
}
function insideBusyDots(x, y) {
  return [0.56, 0.73, 0.9].some((cx) => Math.hypot(x - cx, y - 0.88) <= 0.075);
}
/** The badge with a clear ring around it, cut out of the key so the two never blur together. */
function badgeGap(badge, margin) {
  return (x, y) => {
    for (const [dx, dy] of [[0, 0], [margin, 0], [-margin, 0], [0, margin], [0, -margin], [margin, margin], [-margin, -margin], [margin, -margin], [-margin, margin]]) {
      if (badge(x + dx, y + dy)) return true;
    }
    return false;
  };
}

/**
 * The tray icon per state: signed in (the key), expiring (the key with a dot), signed out or
 * expired (the key, faded), busy (the key with three dots). Coverage per pixel for the key, the
 * badge, and the badge's colour.
 */
const trayStates = {
  'signed-in': { keyAlpha: 1, badge: undefined, colour: orange, badgeColour: orange },
  expiring: { keyAlpha: 1, badge: insideExpiringBadge, colour: orange, badgeColour: amber },
  'signed-out': { keyAlpha: 0.45, badge: undefined, colour: grey, badgeColour: grey },
  busy: { keyAlpha: 1, badge: insideBusyDots, colour: orange, badgeColour: blue },
};

function trayPixels(state, size, template) {
  const { keyAlpha, badge, colour, badgeColour } = trayStates[state];
  const key = rasterise(size, insideKey);
  const gap = badge ? rasterise(size, badgeGap(badge, 0.09)) : undefined;
  const mark = badge ? rasterise(size, badge) : undefined;
  return image(size, (i) => {
    const k = key[i] * keyAlpha * (gap ? 1 - gap[i] : 1);
    const b = mark ? mark[i] : 0;
    const alpha = Math.min(1, k + b);
    if (template) return [0, 0, 0, 255 * alpha];
    const mix = alpha === 0 ? 0 : b / alpha;
    return [...colour.map((c, n) => c * (1 - mix) + badgeColour[n] * mix), 255 * alpha];
  });
}

/** ICO with PNG-compressed images (Windows Vista and later): https://learn.microsoft.com/en-us/windows/win32/menurc/icons */
function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const directory = Buffer.alloc(16 * images.length);
  let offset = header.length + directory.length;
  images.forEach(({ size, png }, index) => {
    const at = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at);
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...images.map((entry) => entry.png)]);
}

/** The sizes Windows asks a tray icon for, 100 % to 300 % scaling. */
const icoSizes = [16, 20, 24, 32, 40, 48];

for (const state of Object.keys(trayStates)) {
  // macOS menu-bar template images: black plus alpha; macOS tints them for light and dark bars.
  write(`tray-${state}Template.png`, 16, trayPixels(state, 16, true));
  write(`tray-${state}Template@2x.png`, 32, trayPixels(state, 32, true));
  // Linux trays: coloured, readable on light and dark panels.
  write(`tray-${state}.png`, 16, trayPixels(state, 16, false));
  write(`tray-${state}@2x.png`, 32, trayPixels(state, 32, false));
  // Windows: one .ico holding each size, so the shell picks the one for the display's scaling.
  const ico = encodeIco(icoSizes.map((size) => ({ size, png: encodePng(size, trayPixels(state, size, false)) })));
  writeFileSync(new URL(`tray-${state}.ico`, here), ico);
  console.log(`wrote assets/tray-${state}.ico (${icoSizes.join(', ')})`);
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
