import { defineWebExtConfig } from 'wxt';

// Headless machines have no browser to launch in `wxt` dev mode.
export default defineWebExtConfig({ disabled: true });
