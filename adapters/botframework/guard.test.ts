import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { forwarded, isLoopback, isLoopbackUrl } from './guard.js';

describe('what counts as this machine for the Bot Framework emulator', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2'])('the socket address %s is loopback', (address) => {
    expect(isLoopback(address)).toBe(true);
  });

  it.each(['203.0.113.9', '10.0.0.5', '::ffff:192.168.1.4', undefined])('the socket address %s is not', (address) => {
    expect(isLoopback(address)).toBe(false);
  });

  it.each(['http://localhost:3978', 'http://127.0.0.1:9000/', 'http://[::1]:9000'])('the service URL %s is loopback', (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
  });

  it.each(['http://169.254.169.254/latest', 'http://10.0.0.5', 'https://smba.trafficmanager.net/emea/', 'http://127.0.0.1.evil.example', 'not a url'])(
    'the service URL %s is not',
    (url) => {
      expect(isLoopbackUrl(url)).toBe(false);
    },
  );

  it.each<IncomingHttpHeaders>([{ forwarded: 'for=203.0.113.9' }, { 'x-forwarded-for': '203.0.113.9' }, { 'x-forwarded-proto': 'https' }, { 'x-real-ip': '203.0.113.9' }])(
    'a request relayed by a proxy (%o) is not from this machine',
    (headers) => {
      expect(forwarded(headers)).toBe(true);
    },
  );
});
