/** Files under a folder with their sizes: what the build reports it wrote, and the benchmarks' size figures. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SizedFile {
	path: string;
	bytes: number;
}

/** Every file under `dir`, recursively, with its size. */
export function filesUnder(dir: string): SizedFile[] {
	return pathsUnder(dir).map((path) => ({ path, bytes: statSync(path).size }));
}

/** Every file under `dir`, recursively, without its size (nothing but the folders is read). */
export function pathsUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The summed size of some files. */
export const totalBytes = (files: SizedFile[]) =>
	files.reduce((total, file) => total + file.bytes, 0);
