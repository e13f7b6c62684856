import { request } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { listen } from './server.js';

describe('listen', () => {
  it("hands the app requests and responses born with Express's prototypes, so none is swapped on arrival", async () => {
    const app = express();
    app.get('/', (req, res) => void res.json({ ip: req.ip, secure: req.secure }));
    const server = await listen(app, 0, '127.0.0.1');
    const born: unknown[] = [];
    // Ahead of the app's own listener: the objects as Node built them.
    server.server.prependListener('request', (req, res) => born.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response));
    try {
      expect(await (await fetch(server.url)).json()).toEqual({ ip: '127.0.0.1', secure: false });
      expect(born).toEqual([true, true]);
    } finally {
      await server.close();
    }
  });

  it('closes after the requests in flight, cutting a stream still open after the grace period', async () => {
    // Closing starts once both requests have reached the server, however slow the machine is.
    let arrived = 0;
    let bothArrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (bothArrived = resolve));
    const arrive = () => ++arrived === 2 && bothArrived();
    const app = express();
    app.get('/slow', (_req, res) => {
      arrive();
      setTimeout(() => res.send('done'), 100);
    });
    app.get('/stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': open\n\n');
      arrive();
    });
    const server = await listen(app, 0, '127.0.0.1');
    const slow = fetch(`${server.url}/slow`).then((r) => r.text());
    const streamEnded = new Promise<void>((resolve) => {
      request(`http://127.0.0.1:${server.port}/stream`, (res) => {
        res.resume();
        res.on('close', () => resolve());
      }).end();
    });
    await inFlight;
    const started = Date.now();
    await server.close(200);
    expect(await slow).toBe('done');
    await streamEnded;
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('closes a kept-alive connection as soon as its request in flight is answered, not after the grace period', async () => {
    let arrivedNow!: () => void;
    const arrived = new Promise<void>((resolve) => (arrivedNow = resolve));
    const app = express();
    app.get('/slow', (_req, res) => {
      arrivedNow();
      setTimeout(() => res.send('done'), 100);
    });
    const server = await listen(app, 0, '127.0.0.1');
    const slow = fetch(`${server.url}/slow`).then((r) => r.text());
    await arrived;
    const started = Date.now();
    await server.close(5_000);
    expect(await slow).toBe('done');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
