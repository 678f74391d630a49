import { defineConfig } from 'wxt';

// Host access is limited to the two site families PaperShelf reads.
const HOSTS = ['*://huggingface.co/*', '*://arxiv.org/*', '*://www.arxiv.org/*', '*://export.arxiv.org/*'];

/**
 * The content script loads on every arXiv and Hugging Face page view, and the popup on every
 * click of the toolbar button, so both render with Preact's React-compatible runtime (about
 * 12 kB instead of React DOM's 180 kB, minified). The options page keeps React.
 */
const PREACT_ALIASES = {
  'react-dom/client': 'preact/compat/client',
  'react-dom/test-utils': 'preact/test-utils',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
  react: 'preact/compat',
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    // WXT builds all extension pages in one vite build, which resolves `react` one way for
    // all of them. The popup gets a build of its own, so only it is aliased to Preact.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.find((entrypoint) => entrypoint.type === 'popup');
        if (!popup) continue;
        group.splice(group.indexOf(popup), 1);
        groups.push([popup]);
        return;
      }
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'popup')) return;
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = [
        ...Object.entries(PREACT_ALIASES).map(([find, replacement]) => ({
          find: new RegExp(`^${find.replace('/', '\\/')}$`),
          replacement,
        })),
        // Dexie 4.4's default entry wraps its ES5 build. Its modern build made the popup about
        // 13 kB smaller (minified). Every import of dexie in the popup resolves to it, so there
        // is one copy.
        ...(entrypoints.some((entrypoint) => entrypoint.type === 'popup')
          ? [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
          : []),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'PaperShelf',
    description: 'Save, tag and annotate research papers where you read them: Hugging Face and arXiv.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions, which declares that nothing is collected, needs
            // Firefox 140 and Firefox for Android 142.
            gecko: {
              id: 'papershelf@papershelf.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
