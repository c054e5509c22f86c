import { defineConfig } from 'vitest/config';
import { iconModules } from './scripts/vite/iconModules.ts';

export default defineConfig({
  // Views import their icons as modules; the tests need the same resolver as the build.
  plugins: [iconModules()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
