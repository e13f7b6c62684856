import { hash } from 'node:crypto';

/**
 * Express's default weak ETag (the `etag` package's: byte length in hex, then the SHA-1 in base64
 * cut to 27 characters), computed with one-shot hashing: every JSON answer pays for it. A UTF-8
 * string is hashed as it is (no Buffer copy of every answer made only to be hashed).
 */
export function weakEtag(body: Buffer | string, encoding?: BufferEncoding): string {
  const utf8 = typeof body === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8');
  const bytes = typeof body === 'string' && !utf8 ? Buffer.from(body, encoding) : body;
  const length = typeof bytes === 'string' ? Buffer.byteLength(bytes, 'utf8') : bytes.length;
  return `W/"${length.toString(16)}-${hash('sha1', bytes, 'base64').slice(0, 27)}"`;
}
