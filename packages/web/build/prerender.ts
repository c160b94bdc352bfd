import path from 'node:path';
import { type Plugin, type PluginOption, runnerImport } from 'vite';

const emptyRoot = '<div id="root"></div>';

/** A page to prerender: the built `from` with `entry`'s markup in its `#root`, written as `to`. */
export type Prerendered = { from: string; to: string; entry: string };

/**
 * Writes what a page first shows into its HTML at build time, so that a phone shows it before any
 * script has loaded. Each `entry` exports `prerender()`, the markup for `#root`, and is run through
 * `plugins` (those its imports need). React, when it starts, renders into `#root` afresh (not
 * hydration): the page's first view must look the same, or it would jump.
 */
export function prerender(pages: Prerendered[], plugins: PluginOption[]): Plugin {
  let root = '';
  return {
    name: 'derde-bron-prerender',
    apply: 'build',
    // After Vite has written the HTML pages into the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      for (const { from, to, entry } of pages) {
        const page = bundle[from];
        const html = page?.type === 'asset' ? String(page.source) : '';
        if (!html.includes(emptyRoot)) throw new Error(`${from} has no empty ${emptyRoot} to fill`);
        const { module } = await runnerImport<{ prerender(): Promise<string> }>(path.resolve(root, entry), {
          root,
          logLevel: 'warn',
          plugins,
        });
        const markup = await module.prerender();
        // The Content-Security-Policy allows no inline style: a style attribute in the HTML would be
        // refused by the browser (React sets styles through the DOM, which the policy allows).
        if (/\sstyle="/.test(markup))
          throw new Error(`${entry} renders a style attribute, which CSP refuses`);
        const source = html.replace(emptyRoot, `<div id="root">${markup}</div>`);
        if (page?.type === 'asset' && to === from) page.source = source;
        else this.emitFile({ type: 'asset', fileName: to, source });
      }
    },
  };
}
