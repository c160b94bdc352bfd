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
    // The first view of the questionnaire and of the home page, in Dutch, in their HTML.
    prerender(
      [
        { from: 'respond.html', to: 'respond.html', entry: 'src/respond/prerender.tsx' },
        { from: 'index.html', to: 'home.html', entry: 'src/app/prerender.tsx' },
      ],
      [cataloguePart(respondentSections)],
    ),
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
