import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 45 ships Chromium 142+; the preview targets the same engine family.
    target: 'chrome120',
    // Vite's preload polyfill would be an inline-free script anyway, but it is not needed in Chromium.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
