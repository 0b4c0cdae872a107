import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The committed icons (made by `npm run icons` from assets/icons/icon.svg) exist in every format
 * electron-builder uses, with the sizes each OS looks for. The formats are read here byte by
 * byte, as the OS does, rather than trusting the file names.
 */
const icons = resolve(import.meta.dirname, '..', 'assets', 'icons');

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The sizes in an .ico directory (a width byte of 0 means 256), checking each image is a real PNG of that size. */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0), 'reserved').toBe(0);
  expect(bytes.readUInt16LE(2), 'type 1 = icon').toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const size = bytes[entry] === 0 ? 256 : bytes[entry]!;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(bytes.length);
    const image = bytes.subarray(offset, offset + length);
    if (image.subarray(1, 4).toString('latin1') === 'PNG') expect(pngSize(image)).toEqual({ width: size, height: size });
    return size;
  });
}

/** The element types in an .icns, with the pixel size of each PNG element. */
function icnsElements(bytes: Buffer): Map<string, number | null> {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4), 'the header states the file length').toBe(bytes.length);
  const elements = new Map<string, number | null>();
  for (let offset = 8; offset < bytes.length; ) {
    const type = bytes.subarray(offset, offset + 4).toString('latin1');
    const length = bytes.readUInt32BE(offset + 4);
    expect(length).toBeGreaterThan(8);
    const data = bytes.subarray(offset + 8, offset + length);
    elements.set(type, data.subarray(1, 4).toString('latin1') === 'PNG' ? pngSize(data).width : null);
    offset += length;
  }
  return elements;
}

describe('app icons', () => {
  it('has the Linux PNG set, each file the size its name says', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(join(icons, 'png', `${size}x${size}.png`))), `${size}x${size}.png`).toEqual({ width: size, height: size });
    }
  });

  it('has a 1024×1024 icon.png', () => {
    expect(pngSize(readFileSync(join(icons, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('has an .ico with every size Windows asks for, up to 256', () => {
    expect(icoSizes(readFileSync(join(icons, 'icon.ico')))).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has an .icns with the 1x and 2x Retina elements, up to 1024', () => {
    const elements = icnsElements(readFileSync(join(icons, 'icon.icns')));
    // Apple's element types: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x), ic11 32 (16@2x),
    // ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x); is32/il32 are the old 16/32 bitmaps.
    expect(Object.fromEntries(elements)).toMatchObject({
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
    expect(elements.has('is32') && elements.has('il32')).toBe(true);
  });
});
