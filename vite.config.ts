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
