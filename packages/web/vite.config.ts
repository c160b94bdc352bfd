import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cataloguePart } from './build/catalogue-part.ts';
import { precompress } from './build/precompress.ts';
import { prerender } from './build/prerender.ts';
import { questionnaireInDevelopment } from './build/questionnaire-page.ts';

/** The sections of the catalogues the questionnaire page shows (src/respond/i18n.ts). */
const respondentSections = ['app', 'common', 'form', 'quickExit', 'respond', 'shell'];

export default defineConfig({
  plugins: [
    react(),
    cataloguePart(respondentSections),
    // The questionnaire's first view in respond.html, in Dutch (src/respond/prerender.tsx).
    prerender('respond.html', 'src/respond/prerender.tsx', [cataloguePart(respondentSections)]),
    precompress(),
    questionnaireInDevelopment(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: the staff app, and the questionnaire that respondents open (its own small bundle).
    rollupOptions: { input: { main: 'index.html', respond: 'respond.html' } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // Whole pages render in jsdom: on a busy 2-core machine one can take longer than the default 5 s.
    testTimeout: 20_000,
  },
});
