/** See build/catalogue-part.ts: a part of a catalogue, by locale. */
declare module 'virtual:catalogue-part/*' {
  const catalogue: Record<string, unknown>;
  export default catalogue;
}
