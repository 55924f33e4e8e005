// The committed tray icons (assets/generate-icons.mjs) are what each platform expects: PNGs of the
// right size and format, macOS template images that are black with alpha only (macOS tints them
// and would show any colour wrong), and .ico files whose directory lists each size as a PNG entry.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trayIconFiles, windowsIconSizes } from './tray-icon-files';
import { trayIconStates } from './tray-icon-state';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Png {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly data: Buffer;
}

function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).equals(pngSignature)).toBe(true);
  let at = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4), bitDepth: header[8]!, colourType: header[9]!, data: inflateSync(Buffer.concat(idat)) };
}

/** RGBA pixels of an 8-bit RGBA PNG whose rows use filter 0 (what the generator writes). */
function pixels(png: Png): number[][] {
  const stride = png.width * 4 + 1;
  const out: number[][] = [];
  for (let y = 0; y < png.height; y++) {
    expect(png.data[y * stride]).toBe(0);
    for (let x = 0; x < png.width; x++) out.push([...png.data.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4)]);
  }
  return out;
}

const asset = (name: string) => readFileSync(resolve('assets', name));

describe.each(trayIconStates)('tray icon %s', (state) => {
  const files = trayIconFiles(state);

  it.each([
    [files.macTemplate, 16],
    [files.macTemplate2x, 32],
  ])('macOS: %s is a %i px template image, black with alpha only, not empty', (name, size) => {
    expect(name).toMatch(size === 16 ? /Template\.png$/ : /Template@2x\.png$/);
    const png = readPng(asset(name));
    expect([png.width, png.height, png.bitDepth, png.colourType]).toEqual([size, size, 8, 6]);
    const all = pixels(png);
    expect(all.every(([r, g, b]) => r === 0 && g === 0 && b === 0)).toBe(true);
    expect(all.filter(([, , , a]) => a! > 0).length).toBeGreaterThan(size * size * 0.1);
  });

  it.each([
    [files.linux, 16],
    [files.linux2x, 32],
  ])('Linux: %s is a %i px RGBA PNG with colour', (name, size) => {
    const png = readPng(asset(name));
    expect([png.width, png.height, png.bitDepth, png.colourType]).toEqual([size, size, 8, 6]);
    expect(pixels(png).some(([r, g, b, a]) => a! > 0 && (r !== g || g !== b || state === 'signed-out'))).toBe(true);
  });

  it(`Windows: ${files.windows} lists ${windowsIconSizes.join(', ')} px, each a PNG of that size`, () => {
    const ico = asset(files.windows);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let index = 0; index < count; index++) {
      const at = 6 + index * 16;
      const width = ico[at]! || 256;
      expect(ico[at + 1]! || 256).toBe(width);
      expect(ico.readUInt16LE(at + 6)).toBe(32);
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      const png = readPng(ico.subarray(offset, offset + length));
      expect([png.width, png.height]).toEqual([width, width]);
      sizes.push(width);
    }
    expect(sizes).toEqual([...windowsIconSizes]);
  });
});

describe('the states look different', () => {
  it('no two states share a template image', () => {
    const images = trayIconStates.map((state) => asset(trayIconFiles(state).macTemplate2x).toString('base64'));
    expect(new Set(images).size).toBe(trayIconStates.length);
  });
});

describe('main/tray/tray-icon-assets.ts', () => {
  it('imports exactly the files the naming rule gives, for every state', () => {
    const source = readFileSync(resolve('main/tray/tray-icon-assets.ts'), 'utf8');
    const imported = [...source.matchAll(/from '\.\.\/\.\.\/assets\/([^']+)\?asset'/g)].map((match) => match[1]).sort();
    const expected = trayIconStates.flatMap((state) => Object.values(trayIconFiles(state))).sort();
    expect(imported).toEqual(expected);
  });
});
