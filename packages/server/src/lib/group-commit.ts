/**
 * Group commit: callers hand in one item each and wait; items that arrive together, or while a batch
 * is being written, go in one batch. Under load one transaction then stores many items. A batch
 * starts on the next turn of the event loop (`setImmediate`), not a timer: requests that arrived in
 * the same turn join it, and a lone item waits for nothing. This matters most on embedded PGlite,
 * whose queries run on the main thread and let no request in while a transaction runs.
 *
 * A batch is all-or-nothing, so when it fails nothing of it was written: its items are then tried one
 * by one, and only the item that fails on its own gets the error.
 */
export function groupCommit<Item, Result>(
  write: (batch: Item[]) => Promise<Result[]>,
  maxBatch = 200,
): (item: Item) => Promise<Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  const queue: Waiting[] = [];
  let draining = false;
  let scheduled = false;

  async function writeBatch(batch: Waiting[]) {
    try {
      const results = await write(batch.map((waiting) => waiting.item));
      for (const [i, waiting] of batch.entries()) waiting.resolve(results[i] as Result);
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const waiting of batch) await writeBatch([waiting]);
    }
  }

  async function drain() {
    scheduled = false;
    draining = true;
    while (queue.length > 0) await writeBatch(queue.splice(0, maxBatch));
    draining = false;
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!draining && !scheduled) {
        scheduled = true;
        setImmediate(() => void drain());
      }
    });
}
