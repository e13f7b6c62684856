import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A file served as-is from memory, compressed once ahead of time in every encoding browsers ask for. */
export interface CompressedAsset {
  /** Content hash (base64url, 16 characters): the asset's name in a URL that never changes meaning. */
  hash: string;
  type: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function contentHash(contents: Buffer | string): string {
  return createHash('sha256').update(contents).digest('base64url').slice(0, 16);
}

/**
 * Maximum brotli compression by default: it runs once per build, and every visitor downloads the
 * result. A large bundle built inside a running server may choose a faster level.
 */
export function compressAsset(contents: Buffer | string, type: string, brotliQuality: number = constants.BROTLI_MAX_QUALITY): CompressedAsset {
  const identity = Buffer.from(contents);
  return {
    hash: contentHash(identity),
    type,
    identity,
    gzip: gzipSync(identity, { level: 9 }),
    br: brotliCompressSync(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
  };
}

/**
 * Sends the smallest encoding the client accepts, with a strong ETag so a revalidation costs a 304.
 * The server's preference decides, not the order of the header: Chromium lists gzip before br.
 */
export function sendAsset(req: Request, res: Response, asset: CompressedAsset, cacheControl: string): void {
  const encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : null;
  const body = encoding ? asset[encoding] : asset.identity;
  res.set({
    'Content-Type': asset.type,
    'Cache-Control': cacheControl,
    ETag: `"${asset.hash}${encoding ? `-${encoding}` : ''}"`,
    Vary: 'Accept-Encoding',
  });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (encoding) res.set('Content-Encoding', encoding);
  res.set('Content-Length', String(body.length)).end(req.method === 'HEAD' ? undefined : body);
}
