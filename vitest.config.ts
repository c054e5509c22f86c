import { defineConfig } from 'vitest/config';
import { iconModules } from './scripts/vite/iconModules.ts';
import { storyArt } from './scripts/vite/storyArt.ts';

export default defineConfig({
  // Views import their icons as modules; the tests need the same resolver as the build.
  plugins: [iconModules(), storyArt()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
