#!/usr/bin/env node
// Makes every icon the installers need from the one source image, assets/icons/icon.svg:
//   assets/icons/png/<N>x<N>.png  Linux's icon set (AppImage, deb, rpm: electron-builder reads the folder)
//   assets/icons/icon.png         1024×1024, the window icon and the fallback for every target
//   assets/icons/icon.ico         Windows (16…256, PNG-compressed entries)
//   assets/icons/icon.icns        macOS (16…1024, with the @2x variants)
// sharp rasterises the SVG (librsvg inside); icon-gen packs the .ico and .icns from those PNGs.
// The outputs are committed, so packaging needs neither library: run `npm run icons` after editing the SVG.
// Usage: node scripts/generate-icons.mjs [outDir]   (outDir defaults to assets/icons)
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import icongen from 'icon-gen';
import sharp from 'sharp';

const projectRoot = resolve(import.meta.dirname, '..');
export const SOURCE_SVG = join(projectRoot, 'assets', 'icons', 'icon.svg');

/** Sizes of the Linux PNG set (freedesktop's hicolor sizes, up to 1024 for HiDPI docks). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** What Windows picks from for the taskbar, Explorer views and the installer. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** Every size icon-gen can place in an .icns (its ic04…ic14 and is32/il32 slots). */
export const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

/**
 * Renders `svg` to a square PNG of `size` pixels. The density makes librsvg draw at the target
 * resolution instead of scaling a 72-dpi bitmap, so small sizes stay sharp.
 */
async function renderPng(svg, size) {
  const density = Math.max(1, Math.ceil((72 * size) / 1024));
  return sharp(svg, { density }).resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png({ compressionLevel: 9 }).toBuffer();
}

export async function generateIcons(outDir = join(projectRoot, 'assets', 'icons'), source = SOURCE_SVG) {
  const svg = await readFile(source);
  const sizes = [...new Set([...PNG_SIZES, ...ICO_SIZES, ...ICNS_SIZES])].sort((a, b) => a - b);
  const rendered = new Map(await Promise.all(sizes.map(async (size) => [size, await renderPng(svg, size)])));

  const pngDir = join(outDir, 'png');
  await rm(pngDir, { recursive: true, force: true });
  await mkdir(pngDir, { recursive: true });
  await Promise.all(PNG_SIZES.map((size) => writeFile(join(pngDir, `${size}x${size}.png`), rendered.get(size))));
  await writeFile(join(outDir, 'icon.png'), rendered.get(1024));

  // icon-gen reads a folder of <size>.png files; give it the ones just rendered.
  const work = await mkdtemp(join(tmpdir(), 'postwright-icons-'));
  try {
    await Promise.all(sizes.map((size) => writeFile(join(work, `${size}.png`), rendered.get(size))));
    const out = join(work, 'out');
    await mkdir(out);
    await icongen(work, out, { report: false, ico: { name: 'icon', sizes: ICO_SIZES }, icns: { name: 'icon', sizes: ICNS_SIZES } });
    await rename(join(out, 'icon.ico'), join(outDir, 'icon.ico'));
    await rename(join(out, 'icon.icns'), join(outDir, 'icon.icns'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { pngDir, png: join(outDir, 'icon.png'), ico: join(outDir, 'icon.ico'), icns: join(outDir, 'icon.icns') };
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const written = await generateIcons(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`icons written: ${Object.values(written).map((p) => p.slice(projectRoot.length + 1)).join(', ')}`);
}
