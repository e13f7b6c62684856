import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, MAX_JSON_DEPTH } from './clean-input.js';
import { listen, type RunningServer } from './server.js';

/** Echoes the parsed body, or the parser's error type. */
let server: RunningServer;
beforeAll(async () => {
  const app = express();
  app.post('/echo', jsonBody('16kb'), (req, res) => void res.json({ body: req.body as unknown }));
  app.use((error: { type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(400).json({ type: error.type }));
  server = await listen(app, 0, '127.0.0.1');
});
afterAll(() => server.close());

const post = async (body: string) => {
  const res = await fetch(`${server.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, ...((await res.json()) as { body?: unknown; type?: string }) };
};
const nested = (open: string, close: string, levels: number) => `${open.repeat(levels)}1${close.repeat(levels)}`;

describe('jsonBody', () => {
  it(`takes objects and arrays nested ${MAX_JSON_DEPTH} levels deep and refuses one level more`, async () => {
    expect((await post(nested('{"a":', '}', MAX_JSON_DEPTH))).status).toBe(200);
    expect(await post(nested('{"a":', '}', MAX_JSON_DEPTH + 1))).toEqual({ status: 400, type: 'entity.parse.failed' });
    expect((await post(nested('[', ']', MAX_JSON_DEPTH))).status).toBe(200);
    expect(await post(nested('[', ']', MAX_JSON_DEPTH + 1))).toEqual({ status: 400, type: 'entity.parse.failed' });
    expect(await post(`{"a":[{"b":${nested('[', ']', MAX_JSON_DEPTH - 2)}}]}`)).toEqual({ status: 400, type: 'entity.parse.failed' });
  });

  it('cleans NUL and lone surrogates out of strings and keys at any depth, and leaves clean bodies as they are', async () => {
    expect((await post('{"k\\u0000ey":[{"t":"a\\u0000b\\ud800"}],"n":1}')).body).toEqual({ key: [{ t: 'ab\ufffd' }], n: 1 });
    expect((await post('{"text":"hei \\"sinä\\" \\u00e4","list":[1,null,true]}')).body).toEqual({ text: 'hei "sinä" ä', list: [1, null, true] });
  });
});
