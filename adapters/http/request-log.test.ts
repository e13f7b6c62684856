import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../../test/support/log-lines.js';
import { requestLog } from './request-log.js';
import { listen } from './server.js';

describe('the request log', () => {
  it('keeps the full path of a request a mounted router answered, without the query', async () => {
    const { lines, logger } = capturingLogger();
    const app = express();
    app.use(requestLog(logger));
    const admin = Router();
    admin.get('/leads/:id', (_req, res) => void res.send('ok'));
    app.use('/admin', admin);
    const server = await listen(app, 0, '127.0.0.1');
    try {
      await (await fetch(`${server.url}/admin/leads/42?visitorId=secret-visitor-id`)).text();
    } finally {
      await server.close();
    }
    expect(lines).toEqual([expect.objectContaining({ msg: 'request', method: 'GET', path: '/admin/leads/42', status: 200 })]);
  });
});
