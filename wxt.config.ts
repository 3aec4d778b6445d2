import { defineConfig } from 'wxt';

/**
 * Sahifa build configuration.
 *
 * Shipped builds ask only for activeTab, scripting, storage, contextMenus
 * and unlimitedStorage. The e2e build (SAHIFA_E2E=1, written to .output-e2e)
 * adds host permission for http://localhost/* so headless tests can reach a
 * served page without a toolbar click (headless browsers cannot grant
 * activeTab). It is never zipped or shipped.
 */
const e2e = process.env.SAHIFA_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: e2e ? '.output-e2e' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    host_permissions: e2e ? ['http://localhost/*', 'http://127.0.0.1/*'] : [],
    // Asked for only when the user turns on "store images with saved articles" (library page);
    // MV2 (Firefox) lists optional hosts under optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      'toggle-clean': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_cmdToggleClean__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sahifa@sahifa.example',
              strict_min_version: '140.0', // data_collection_permissions needs 140 (current ESR)
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['.artifacts/**', 'bench-results/**', '.output-e2e/**', 'test/**'],
  },
});
