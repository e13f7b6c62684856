import { describe, expect, it } from 'vitest';
import type { NextFunction, Request, Response } from 'express';
import { isLoopback, loopbackOnly } from './index.js';

describe('without an app id the Bot Framework endpoint is local only', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2'])('lets %s through', (address) => {
    expect(isLoopback(address)).toBe(true);
  });

  it.each(['203.0.113.9', '10.0.0.5', '::ffff:192.168.1.4', undefined])('refuses %s with 401', (address) => {
    let status = 0;
    let nextCalled = false;
    const res = { status: (s: number) => ((status = s), res), json: () => res } as unknown as Response;
    loopbackOnly({ socket: { remoteAddress: address } } as Request, res, (() => (nextCalled = true)) as NextFunction);
    expect(status).toBe(401);
    expect(nextCalled).toBe(false);
  });
});
