// A worker thread of src/lib/share-image.ts: draws one SVG to PNG with resvg and the given fonts. Drawing and PNG
// encoding take about 10 ms an image on the main thread; a pool of these draws a book's images on every core.
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort.on('message', ({ id, svg, fontFiles, defaultFontFamily }) => {
	try {
		const png = new Resvg(svg, {
			font: { fontFiles, loadSystemFonts: false, defaultFontFamily },
			fitTo: { mode: 'original' },
		})
			.render()
			.asPng();
		// Copied, not transferred: resvg's buffer lives outside the JavaScript heap.
		parentPort.postMessage({ id, png });
	} catch (error) {
		parentPort.postMessage({ id, error: String(error) });
	}
});
