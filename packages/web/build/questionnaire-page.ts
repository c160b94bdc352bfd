import type { Plugin } from 'vite';

/**
 * The development server answers `/vragenlijst` with the questionnaire's own page, as the server
 * does in production (server plugins/web-app.ts); every other path gets the staff app.
 */
export function questionnaireInDevelopment(): Plugin {
  return {
    name: 'derde-bron-questionnaire-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url === '/vragenlijst' || request.url?.startsWith('/vragenlijst?'))
          request.url = '/respond.html';
        next();
      });
    },
  };
}
