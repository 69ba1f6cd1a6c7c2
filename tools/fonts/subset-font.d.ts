/** Types for subset-font (it ships none): https://github.com/papandreou/subset-font */
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string | undefined,
		options?: {
			targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
			preserveNameIds?: number[];
			variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
			noLayoutClosure?: boolean;
		}
	): Promise<Buffer>;
}
