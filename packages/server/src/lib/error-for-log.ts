/**
 * What of an unexpected error goes into the log: its class, the first error code in its `cause`
 * chain (a PostgreSQL SQLSTATE, a system call's code) and the stack frames. Never the message:
 * a failed query's message quotes its parameters (a person's name, an answer), and a database
 * error's detail quotes the row.
 */
export function errorForLog(error: unknown): { type: string; code?: string; stack: string[] } {
  let code: string | undefined;
  for (let e = error; e && typeof e === 'object' && !code; e = (e as { cause?: unknown }).cause) {
    const c = (e as { code?: unknown }).code;
    if (typeof c === 'string' || typeof c === 'number') code = String(c);
  }
  const stack = String((error as { stack?: unknown })?.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .map((line) => line.trim());
  return {
    type: (error as { constructor?: { name?: string } })?.constructor?.name ?? typeof error,
    ...(code ? { code } : {}),
    stack,
  };
}

/** PostgreSQL's answers to a NUL character in text: bad input, not our fault. */
export function isNulCharacterError(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === '22021' || code === '22P05') return true;
  }
  return false;
}
