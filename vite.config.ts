import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from disk (Electron) or the loopback devhost: relative asset paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
});
