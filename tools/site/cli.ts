/**
 * `npm run build|dev|start|fonts|pdf [-- --book <dir>]`: build the book in `<dir>` (default: BOOK_CONTENT_DIR,
 * else content/) into dist/, serve it while editing, build and serve it, or run one step of the build.
 */
import { commandArgs, runCommand } from '../lib/cli';

const usage = `usage: npm run <build|dev|start|fonts|pdf> [-- --book <dir>] [--out <dir>] [--port <n>]
       npm run pdf -- --shard K/N --out <dir>   typeset share K of N of the PDFs into <dir> (one runner of a CI matrix)
       npm run pdf -- --import <dir>…           the shares' PDFs into the cache, so that the build typesets none of them
  build   fonts, PDFs, pages, search index and headers into dist/ (or --out; SKIP_PDF=1: without PDFs)
  dev     a development server (search and PDFs included) that rebuilds pages as the book changes
  start   build, then serve dist/ at http://localhost:4321/
  fonts   cut the web fonts to the book's characters
  pdf     typeset the PDFs only`;

const { positionals, values, contentDir } = commandArgs(
	usage,
	{
		port: { type: 'string' },
		out: { type: 'string' },
		shard: { type: 'string' },
		import: { type: 'boolean' },
	},
	true
);
const [command] = positionals;
const port = typeof values.port === 'string' ? Number(values.port) : 4321;
const outDir = typeof values.out === 'string' ? values.out : 'dist';

await runCommand(command ?? 'site', async () => {
	// Imported only now: they read the book that --book named.
	const { readBook } = await import('../../src/lib/read-book');
	switch (command) {
		case 'build': {
			const { buildSite } = await import('./build-site');
			await buildSite({ contentDir, outDir });
			return 0;
		}
		case 'start': {
			const { buildSite } = await import('./build-site');
			await buildSite({ contentDir, outDir });
			const { preview } = await import('astro');
			const server = await preview({ root: process.cwd(), outDir, server: { port } });
			console.log(`serving ${contentDir} at http://localhost:${server.port}/ (Ctrl+C stops)`);
			return new Promise<number>(() => {});
		}
		case 'dev': {
			const { dev } = await import('astro');
			await dev({ root: process.cwd(), server: { port } });
			return new Promise<number>(() => {});
		}
		case 'fonts': {
			const { subsetFonts } = await import('../fonts/subset-fonts');
			const faces = await subsetFonts(contentDir, readBook(contentDir));
			console.log(`fonts: ${faces.length} files cut to the book's characters`);
			return 0;
		}
		case 'pdf': {
			const { buildPdfs, buildPdfShard, importPdfs } = await import('../pdf/build-pdfs');
			if (values.import) {
				if (positionals.length < 2)
					return usageError('--import takes the folders the shards wrote');
				importPdfs(positionals.slice(1));
			} else if (typeof values.shard === 'string') {
				const [index, count] = values.shard.split('/').map(Number) as [number, number];
				if (!/^\d+\/\d+$/.test(values.shard) || index < 1 || index > count)
					return usageError(
						`--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/4, not "${values.shard}"`
					);
				if (typeof values.out !== 'string')
					return usageError('--shard needs --out <dir>, where the share is written');
				await buildPdfShard(index, count, values.out);
			} else await buildPdfs();
			return 0;
		}
		default:
			console.error(usage);
			return 2;
	}
});

/** A wrong argument: what is wrong, then the usage; exit code 2. */
function usageError(problem: string): number {
	console.error(`pdf: ${problem}\n${usage}`);
	return 2;
}
