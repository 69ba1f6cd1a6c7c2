/** The page background of the light and dark themes (global.css --surface) and the accent: for the browser's theme colour, the web app manifest and the icons. */
export const themeColors = {
	light: { background: '#fffdf8', accent: '#8a3b12' },
	dark: { background: '#1b1a18' },
} as const;
