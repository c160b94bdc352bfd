/**
 * Resolves in a task of its own, after the browser has had the chance to paint and answer input:
 * the entries start in steps with it, so that a phone's slower processor never meets one long task.
 * A message, not a timer: a tab opened in the background holds its timers back, not its messages.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
