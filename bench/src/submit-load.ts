import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

/**
 * Runs in its own process (see suites/measurement.ts): submits questionnaires to the server with a
 * fresh submission key each, bounded in time (and in rate, when `rate` > 0: requests per second over
 * all connections), taking the links' tokens (comma-separated) in turn, and prints autocannon's result
 * as JSON.
 */
const [url, tokenList, answersJson, connections, seconds, rate] = process.argv.slice(2);
const tokens = (tokenList ?? '').split(',');
let sent = 0;
const answers = JSON.parse(answersJson ?? '{}');
const result = await autocannon({
  url: url ?? '',
  method: 'POST',
  connections: Number(connections ?? 50),
  duration: Number(seconds ?? 5),
  ...(Number(rate) > 0 ? { overallRate: Number(rate) } : {}),
  headers: { 'content-type': 'application/json' },
  requests: [
    {
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ token: tokens[sent++ % tokens.length], submissionKey: randomUUID(), answers }),
      }),
    },
  ],
});
process.stdout.write(JSON.stringify(result));
