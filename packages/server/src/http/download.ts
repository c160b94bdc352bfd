import type { FastifyReply } from 'fastify';

/**
 * Sends a file to download under its name: an ASCII fallback and the name itself (RFC 6266), and
 * `nosniff`, so that a browser treats it as the type given, never as a page to run.
 */
export function sendDownload(
  reply: FastifyReply,
  file: { name: string; type: string; body: Buffer | Uint8Array | string },
) {
  const ascii = file.name.replace(/[^\w.-]+/g, '_');
  return reply
    .type(file.type)
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header('X-Content-Type-Options', 'nosniff')
    .send(file.body);
}
