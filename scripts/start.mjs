// `npm start`: builds what is missing, then runs the compiled server in this very process, so that
// SIGTERM and SIGINT reach the server (the npm script `exec`s node: no shell in between).
import { buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();
await import('../packages/server/dist/main.js');
