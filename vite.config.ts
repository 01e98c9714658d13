/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import './src/build/nodePolyfills.ts';
import { contentPlugin } from './src/build/contentPlugin.ts';
import { cspPlugin } from './src/build/cspPlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Relative base: the built files work from any sub-path of any static web server.
  base: './',
  plugins: [
    vue({
      // Vue would otherwise turn large static subtrees into innerHTML strings whose inline
      // style attributes the Content-Security-Policy blocks.
      template: { compilerOptions: { hoistStatic: false } },
    }),
    contentPlugin(root),
    cspPlugin(),
  ],
  resolve: {
    // jsPDF's optional HTML/SVG renderers are never used: keep them out of dist/ (and the offline cache).
    alias: Object.fromEntries(
      ['html2canvas', 'canvg', 'dompurify'].map((name) => [name, fileURLToPath(new URL('./src/report/unusedOptionalDependency.ts', import.meta.url))]),
    ),
  },
  build: {
    target: 'es2020',
    // https://vite.dev/config/build-options#build-modulepreload – lazy chunks stay lazy.
    modulePreload: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    environment: 'node',
  },
});
