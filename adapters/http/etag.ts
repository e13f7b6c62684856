import { hash } from 'node:crypto';

/**
 * Express's default weak ETag (the `etag` package's: byte length in hex, then the SHA-1 in base64
 * cut to 27 characters), computed with one-shot hashing: every JSON answer pays for it.
 */
export function weakEtag(body: Buffer | string, encoding?: BufferEncoding): string {
  const bytes = typeof body === 'string' ? Buffer.from(body, encoding) : body;
  return `W/"${bytes.length.toString(16)}-${hash('sha1', bytes, 'base64').slice(0, 27)}"`;
}
