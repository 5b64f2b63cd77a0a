import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { sqlAssetsPlugin } from './scripts/lib/sql-assets-plugin.js';
import { META_CONTENT_SECURITY_POLICY } from './src-main/shared/content-security-policy.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Fails the build when index.html's CSP <meta> drifts from the policy main and the host send. */
function cspMetaCheck(): Plugin {
  return {
    name: 'twinlens:csp-meta-check',
    transformIndexHtml(html) {
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
      if (meta !== META_CONTENT_SECURITY_POLICY) {
        throw new Error(`src-renderer/index.html: its CSP <meta> must read\n  ${META_CONTENT_SECURITY_POLICY}\nbut reads\n  ${meta ?? '(missing)'}`);
      }
      return html;
    },
  };
}

export default defineConfig({
  main: {
    plugins: [sqlAssetsPlugin({ coreDir: here('./src-main/core') })],
    build: {
      externalizeDeps: true,
      outDir: here('./out/main'),
      rollupOptions: {
        input: {
          index: here('./src-main/electron/main.ts'),
          // The loopback browser host: `node out/main/host.js`, no Electron needed.
          host: here('./src-main/host/main.ts'),
          // The core's worker thread (src-main/runner), started by both entries above.
          'core-worker': here('./src-main/runner/worker.ts'),
        },
        // Code both entries use (the core, the contract) lands in chunks/shared-<hash>.js.
        output: { chunkFileNames: 'chunks/shared-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      outDir: here('./out/preload'),
      rollupOptions: {
        input: { index: here('./src-main/preload/index.ts') },
        // Sandboxed preload scripts must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('./src-renderer'),
    plugins: [react(), cspMetaCheck()],
    build: {
      outDir: here('./out/renderer'),
      minify: true,
      rollupOptions: { input: here('./src-renderer/index.html') },
    },
  },
});
