/**
 * The order of the site's cascade layers, as global.css states it. A layer ranks by where it first appears, and Astro
 * puts components' <style> blocks ahead of the layout's global.css import, so BaseLayout states this order in an inline
 * <style> of its own at the top of <head>, ahead of every stylesheet (the language stylesheet states it too).
 */
export const layerOrder = '@layer reset, base, layout, components, utilities;';
