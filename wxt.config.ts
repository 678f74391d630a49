import { defineConfig } from 'wxt';

// Host access is limited to the two site families PaperShelf reads.
const HOSTS = ['*://huggingface.co/*', '*://arxiv.org/*', '*://www.arxiv.org/*', '*://export.arxiv.org/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'PaperShelf',
    description: 'Save, tag and annotate research papers where you read them: Hugging Face and arXiv.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'papershelf@papershelf.dev',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
