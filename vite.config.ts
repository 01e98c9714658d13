/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import './src/build/nodePolyfills.ts';
import { APP_BUILD, VUE_FEATURES } from './src/build/appBuild.ts';
import { compileHintsPlugin } from './src/build/compileHintsPlugin.ts';
import { contentPlugin } from './src/build/contentPlugin.ts';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { fontPlugin } from './src/build/fontPlugin.ts';
import { kernIconSprite } from './src/build/kernIcons.ts';
import { purgeKernCss } from './src/build/purgeKern.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Relative base: the built files work from any sub-path of any static web server.
  base: './',
  plugins: [
    vue({
      // Vue would otherwise turn large static subtrees into innerHTML strings whose inline
      // style attributes the Content-Security-Policy blocks.
      template: { compilerOptions: { hoistStatic: false } },
      features: VUE_FEATURES,
    }),
    contentPlugin(root),
    fontPlugin(root),
    kernIconSprite(root),
    cspPlugin(),
    compileHintsPlugin(),
    VitePWA({
      // The user decides when a new version takes over (a reload could interrupt a workshop);
      // src/composables/serviceWorker.ts registers the worker and drives src/components/UpdateNotice.vue.
      registerType: 'prompt',
      injectRegister: false,
      // The icons are already matched by workbox.globPatterns below.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'IKZ-Check – Bereitschaft für interkommunale Zusammenarbeit',
        short_name: 'IKZ-Check',
        description: 'Prüfen Sie, ob Ihre Gemeinde für eine interkommunale Zusammenarbeit bereit ist. Alle Angaben bleiben in Ihrem Browser.',
        lang: 'de',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1a4b8c',
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can ever load, including the lazy chunks (content, charts, PDF) and the
        // subset KERN fonts, so that every page and the PDF work offline after the first visit.
        // (manifest.webmanifest is added by the plugin itself, with a revision: not globbed twice.)
        globPatterns: ['**/*.{js,css,html,svg,woff2,png}'],
        // A new worker waits for the user's "Jetzt aktualisieren" (no skipWaiting), but the very first
        // one takes control at once so that the first visit is already offline-capable.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Routes live behind '#': only the app's own start URL needs the offline fallback, not other
        // pages a website may keep in or below the app's folder.
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/\/(index\.html)?$/],
      },
    }),
  ],
  css: {
    postcss: { plugins: [purgeKernCss(root)] },
  },
  resolve: {
    // jsPDF's optional HTML/SVG renderers are never used: keep them out of dist/ (and the offline cache).
    alias: Object.fromEntries(
      ['html2canvas', 'canvg', 'dompurify'].map((name) => [name, fileURLToPath(new URL('./src/report/unusedOptionalDependency.ts', import.meta.url))]),
    ),
  },
  build: { ...APP_BUILD },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    environment: 'node',
    // Loading the real content takes about a second; on a busy 2-core machine several times that.
    testTimeout: 20_000,
  },
});
