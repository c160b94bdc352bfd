import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** `npm start`: one clear line and a non-zero exit when something is wrong at start, no stack trace. */
try {
  const server = await startServer(loadConfig());
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
