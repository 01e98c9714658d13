// Vitest for the mutation run (`npm run test:mutation`): Stryker runs the narrow domain tests once
// per mutant, so this config leaves out the app's build plugins (Vue, PWA, fonts, CSS) that
// vite.config.ts loads on every start – about 2 s less per mutant. The domain tests need none of them.
import { defineConfig } from 'vitest/config';
import '../src/build/nodePolyfills.ts';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
