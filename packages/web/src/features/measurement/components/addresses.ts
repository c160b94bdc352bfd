/** Addresses as typed or pasted: one per line, or separated by commas, semicolons or spaces; each once. */
export function parseAddresses(text: string): string[] {
  const seen = new Map<string, string>();
  for (const address of text.split(/[\s,;]+/)) {
    if (address && !seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address);
  }
  return [...seen.values()];
}
