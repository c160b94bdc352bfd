import path from 'node:path';
import { type Plugin, type PluginOption, runnerImport } from 'vite';

const emptyRoot = '<div id="root"></div>';

/**
 * Writes what a page first shows into its HTML at build time, so that a phone shows it before any
 * script has loaded. `entry` exports `prerender()`, the markup for `#root`, and is run through
 * `plugins` (those its imports need). React, when it starts, renders into `#root` afresh (not
 * hydration): the page's first view must look the same, or it would jump.
 */
export function prerender(page: string, entry: string, plugins: PluginOption[]): Plugin {
  let root = '';
  return {
    name: 'derde-bron-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html, { filename }) {
      if (path.basename(filename) !== page) return html;
      if (!html.includes(emptyRoot)) throw new Error(`${page} has no empty ${emptyRoot} to fill`);
      const { module } = await runnerImport<{ prerender(): Promise<string> }>(path.resolve(root, entry), {
        root,
        logLevel: 'warn',
        plugins,
      });
      return html.replace(emptyRoot, `<div id="root">${await module.prerender()}</div>`);
    },
  };
}
