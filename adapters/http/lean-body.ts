import type { IncomingMessage } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import { bodyError, settleJson } from './clean-input.js';

/**
 * Whether a request's body is the plain kind the widget sends — JSON in UTF-8, its length declared and
 * within `limit`, neither compressed nor chunked — which `readLeanJson` reads exactly as express.json
 * (body-parser, raw-body) would. Anything else goes through body-parser itself.
 */
export function isLeanJson(req: IncomingMessage, limit: number): boolean {
  const { headers } = req;
  if (headers['transfer-encoding'] !== undefined || headers['content-encoding'] !== undefined) return false;
  const type = headers['content-type']?.toLowerCase();
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  const length = headers['content-length'];
  return length !== undefined && /^\d{1,9}$/.test(length) && Number(length) <= limit;
}

/** body-parser's strict mode: the first character that is not JSON whitespace must open an object or array. */
const FIRST = /^[ \t\n\r]*([^ \t\n\r])/;

/** The text parsed as body-parser's strict JSON parser does (an empty body is `{}`), then settled. */
function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  const first = FIRST.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw bodyError(400, 'entity.parse.failed', 'the body is not a JSON object or array');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw bodyError(400, 'entity.parse.failed', (error as Error).message);
  }
  return settleJson(parsed);
}

/** The body's text as raw-body decodes it (chunk by chunk, a character split across chunks kept whole). */
function decode(chunks: Buffer[]): string {
  const decoder = new StringDecoder('utf8');
  let text = '';
  for (const chunk of chunks) text += decoder.write(chunk);
  return text + decoder.end();
}

/** The parsed body, or the parse error, as a promise; a leading byte order mark is dropped as iconv-lite drops it. */
function settled(text: string): Promise<unknown> {
  try {
    return Promise.resolve(parseStrict(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** A request whose body can no longer be read (on-finished's test: body-parser skips it, no body). */
const finished = (req: IncomingMessage & { upgrade?: boolean }) => req.upgrade || !req.socket?.readable || (req.complete && !req.readable);

/**
 * The body of a request `isLeanJson` accepted, as express.json + settleJson give it: decoded as UTF-8
 * chunk by chunk (a character split across chunks stays whole), a leading byte order mark dropped,
 * a length other than the declared one refused (400), an aborted request refused (400).
 */
export function readLeanJson(req: IncomingMessage): Promise<unknown> {
  if (finished(req)) return Promise.resolve(undefined);
  const declared = Number(req.headers['content-length']);
  // Usually the whole body came with the headers and waits in the stream's buffer: taken at once.
  if (req.complete && req.readableFlowing !== true && req.readableLength === declared) return settled(decode(declared === 0 ? [] : [req.read() as Buffer]));
  return new Promise((resolve, reject) => new BodyReader(req, declared, resolve, reject));
}

/** The body as it streams in (a class: its listeners are bound once, not closures named per request). */
class BodyReader {
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  private received = 0;
  private readonly onData = this.data.bind(this);
  private readonly onEnd = this.end.bind(this);
  private readonly onAborted = this.aborted.bind(this);
  private readonly onError = this.failed.bind(this);

  constructor(
    private readonly req: IncomingMessage,
    private readonly declared: number,
    private readonly resolve: (body: unknown) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    req.on('data', this.onData).on('end', this.onEnd).on('aborted', this.onAborted).on('error', this.onError);
  }

  data(chunk: Buffer): void {
    this.received += chunk.length;
    this.text += this.decoder.write(chunk);
  }

  end(): void {
    this.stop();
    if (this.received !== this.declared) return this.reject(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
    this.resolve(settled(this.text + this.decoder.end()));
  }

  aborted(): void {
    this.stop();
    this.reject(bodyError(400, 'request.aborted', 'request aborted'));
  }

  failed(error: Error): void {
    this.stop();
    this.reject(error);
  }

  private stop(): void {
    this.req.off('data', this.onData).off('end', this.onEnd).off('aborted', this.onAborted).off('error', this.onError);
  }
}
