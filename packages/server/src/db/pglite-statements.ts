/**
 * The names of PostgreSQL prepared statements for the query texts used most recently, so that
 * PostgreSQL parses and plans each text once rather than at every request: on PGlite parsing and
 * planning a query under row-level security costs more than running it. Least recently used first
 * out; a statement pushed out is closed before the next one is prepared.
 */
export class PreparedStatements {
  readonly #names = new Map<string, string>();
  #next = 0;

  constructor(private readonly limit: number) {}

  /** The statement for `text`, and whether it must still be prepared (and which to close first). */
  take(text: string): { name: string; prepared: boolean; close?: string } {
    const name = this.#names.get(text);
    if (name !== undefined) {
      // Map order is insertion order: moving the entry to the end keeps the map in order of use.
      this.#names.delete(text);
      this.#names.set(text, name);
      return { name, prepared: true };
    }
    let close: string | undefined;
    if (this.#names.size >= this.limit) {
      const [oldest, oldestName] = this.#names.entries().next().value as [string, string];
      this.#names.delete(oldest);
      close = oldestName;
    }
    return { name: `derde_bron_${this.#next++}`, prepared: false, close };
  }

  /** Remembers a statement once PostgreSQL has prepared it. */
  keep(text: string, name: string) {
    this.#names.set(text, name);
  }

  get size() {
    return this.#names.size;
  }
}
