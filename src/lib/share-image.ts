/** The share image of a page (1200×630 PNG): SVG text rendered by resvg, which shapes Arabic and other complex scripts and orders mixed-direction text, in worker threads; reused from the book's work folder when nothing it is drawn from changed. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bookWorkDir } from './content-dir';
import { sha256 } from './text-hash';
import { themeColors } from './theme-colors';

export interface ShareImageText {
	title: string;
	/** Small line above the title (the book's title). */
	kicker: string;
	/** Small line below the title (chapter number, languages). */
	footer: string;
	dir: 'ltr' | 'rtl';
	/** Font families for the page's language, its own first (src/lib/writing-systems.ts fontFamilies). */
	families: string[];
	/** Direction and families of the title, which may be in another language than the page (a chapter not yet translated). */
	titleDir: 'ltr' | 'rtl';
	titleFamilies: string[];
	/** TrueType files of those families (resvg cannot read woff2). */
	fontFiles: string[];
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Breaks text into at most `maxLines` lines of about `width` characters, ending with "…" if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/u)) {
		if (line && `${line} ${word}`.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines)
		return [
			...lines.slice(0, maxLines - 1),
			`${lines
				.slice(maxLines - 1)
				.join(' ')
				.slice(0, width - 1)}…`,
		];
	return lines;
}

/** Renders the share image as PNG bytes. */
export function renderShareImage(text: ShareImageText): Promise<Buffer> {
	const family = (families: string[]) => escapeXml(families.map((name) => `'${name}'`).join(', '));
	const rtl = text.dir === 'rtl';
	const x = rtl ? 1120 : 80;
	const anchor = rtl ? 'end' : 'start';
	const titleSize = text.title.length > 60 ? 56 : 68;
	const lines = wrapText(text.title, Math.round(1900 / titleSize), 4);
	const line = (
		content: string,
		y: number,
		size: number,
		weight: number,
		fill: string,
		dir = text.dir,
		families = text.families
	) =>
		`<text x="${x}" y="${y}" font-family="${family(families)}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}" direction="${dir}">${escapeXml(content)}</text>`;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fffdf8"/>
<rect x="${rtl ? 1180 : 0}" width="20" height="630" fill="#8a3b12"/>
${line(text.kicker, 110, 34, 400, '#5a5a63')}
${lines.map((content, index) => line(content, 210 + index * titleSize * 1.3, titleSize, 700, '#1d1d1f', text.titleDir, text.titleFamilies)).join('\n')}
${line(text.footer, 560, 30, 400, '#5a5a63')}
</svg>`;
	return renderSvg(svg, text.fontFiles, text.families);
}

/** What a book cover (an EPUB's, 1200×1800 PNG) shows: drawn like the share images, upright. */
export interface CoverText {
	title: string;
	subtitle: string;
	/** The book's languages by name, at the foot. */
	footer: string;
	dir: 'ltr' | 'rtl';
	families: string[];
	fontFiles: string[];
}

/** Renders a book cover as PNG bytes: the share image's colours, band and type, on an upright page. */
export function renderCover(text: CoverText): Promise<Buffer> {
	const family = escapeXml(text.families.map((name) => `'${name}'`).join(', '));
	const rtl = text.dir === 'rtl';
	const x = rtl ? 1080 : 120;
	const anchor = rtl ? 'end' : 'start';
	const line = (content: string, y: number, size: number, weight: number, fill: string) =>
		`<text x="${x}" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}" direction="${text.dir}">${escapeXml(content)}</text>`;
	const titleLines = wrapText(text.title, 16, 5);
	const subtitleLines = wrapText(text.subtitle, 30, 4);
	const subtitleTop = 520 + titleLines.length * 125 + 60;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1800" viewBox="0 0 1200 1800">
<rect width="1200" height="1800" fill="#fffdf8"/>
<rect x="${rtl ? 1160 : 0}" width="40" height="1800" fill="#8a3b12"/>
${titleLines.map((content, index) => line(content, 520 + index * 125, 100, 700, '#1d1d1f')).join('\n')}
${subtitleLines.map((content, index) => line(content, subtitleTop + index * 70, 50, 400, '#5a5a63')).join('\n')}
${line(text.footer, 1650, 40, 400, '#5a5a63')}
</svg>`;
	return renderSvg(svg, text.fontFiles, text.families);
}

/** The app icon, a square PNG of `size` px: the book's initial in the page colour on the accent, as the share images' band; `maskable` keeps it inside the safe zone. */
export function renderIcon(
	text: { letter: string; families: string[]; fontFiles: string[] },
	size: number,
	maskable: boolean
): Promise<Buffer> {
	const family = escapeXml(text.families.map((name) => `'${name}'`).join(', '));
	const fontSize = maskable ? 240 : 320;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
<rect width="512" height="512" rx="${maskable ? 0 : 96}" fill="${themeColors.light.accent}"/>
<text x="256" y="256" dominant-baseline="central" text-anchor="middle" font-family="${family}" font-size="${fontSize}" font-weight="700" fill="${themeColors.light.background}">${escapeXml(text.letter)}</text>
</svg>`;
	return renderSvg(svg, text.fontFiles, text.families);
}

/** SVG to PNG with resvg and the given fonts only, in a worker thread; the same drawing, fonts and renderer as an earlier build give the same PNG, so it is reused. */
async function renderSvg(svg: string, fontFiles: string[], families: string[]): Promise<Buffer> {
	const key = sha256(
		JSON.stringify([
			svg,
			fontFiles.map((file) => [file, statSync(file).size]),
			families[0],
			resvgVersion,
			workerSource,
		])
	);
	const cached = join(shareImageCache, `${key}.png`);
	if (existsSync(cached)) return readFileSync(cached);
	const png = await drawInWorker(svg, fontFiles, families[0]!);
	mkdirSync(shareImageCache, { recursive: true });
	writeFileSync(cached, png);
	return png;
}

/** Worker threads that draw (src/lib/share-image-worker.mjs), one per core, made on first use; they do not keep the process alive. */
let workers: Worker[] | undefined;
let nextJob = 0;
const waiting = new Map<
	number,
	{ resolve: (png: Buffer) => void; reject: (error: Error) => void }
>();
function drawInWorker(
	svg: string,
	fontFiles: string[],
	defaultFontFamily: string
): Promise<Buffer> {
	workers ??= Array.from({ length: availableParallelism() }, () => {
		const worker = new Worker(workerPath);
		worker.unref();
		worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = waiting.get(id)!;
			waiting.delete(id);
			if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
			else job.reject(new Error(`share image: ${error}`));
		});
		return worker;
	});
	const id = nextJob++;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		workers![id % workers!.length]!.postMessage({ id, svg, fontFiles, defaultFontFamily });
	});
}

// From the project root, where every build runs: the bundled module that imports this one lives elsewhere.
const workerPath = resolve('src/lib/share-image-worker.mjs');
/** The worker's code (its PNG encoder) is part of what an image is made from. */
const workerSource = sha256(readFileSync(workerPath));
/** What else than its drawing an image depends on (resvg and the encoder): for the caches of what holds one (an EPUB's cover). */
export const imageRenderer = () => `${resvgVersion} ${workerSource}`;

/** Rendered share images by the hash of what they are drawn from, in the book's work folder. */
const shareImageCache = join(bookWorkDir(), 'share-images');
const resvgVersion = (
	JSON.parse(readFileSync('node_modules/@resvg/resvg-js/package.json', 'utf8')) as {
		version: string;
	}
).version;
