import { ConfigError, databaseTarget, loadConfig } from './config.ts';
import { openEmbeddedClient } from './db/embedded-client.ts';

/** `npm start`: one clear line and a non-zero exit when something is wrong at start, no stack trace. */
try {
  const config = loadConfig();
  // Embedded PGlite spends much of its start waiting for its WebAssembly to compile on another
  // thread: it begins now, and this thread loads the rest of the server meanwhile.
  const target = databaseTarget(config);
  const opening = 'url' in target ? undefined : openEmbeddedClient(target);
  // Its failure is reported by startServer, which waits for it; until then it must not count as
  // unhandled (which would end the process before the clear line).
  opening?.catch(() => {});
  const { startServer } = await import('./server.ts');
  const server = await startServer(config, opening);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and forwarded by npm),
    // and a second signal must not cut the graceful stop short with Node's default exit.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  const reason = error instanceof ConfigError ? error.message : (error as Error).message;
  process.stderr.write(`derde-bron: ${reason}\n`);
  process.exit(1);
}
