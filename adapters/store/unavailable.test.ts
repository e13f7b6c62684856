import { describe, expect, it } from 'vitest';
import { DatabaseUnavailable, guarded, isUnavailable } from './unavailable.js';

const pgError = (code: string, message = 'error') => Object.assign(new Error(message), { code });

describe('isUnavailable', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is shutting down'],
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
    ['40P01', 'deadlock detected'],
    ['40001', 'could not serialize access due to concurrent update'],
    ['ECONNREFUSED', 'connect ECONNREFUSED'],
  ])('takes %s (%s) as "try again shortly"', (code, message) => {
    expect(isUnavailable(pgError(code, message))).toBe(true);
  });

  it.each([
    ['23505', 'duplicate key value violates unique constraint'],
    ['22P02', 'invalid input syntax for type uuid'],
    ['42P01', 'relation does not exist'],
  ])('leaves %s (%s) an error of its own', (code, message) => {
    expect(isUnavailable(pgError(code, message))).toBe(false);
  });

  it('turns a deadlock into DatabaseUnavailable, so the visitor is told to retry with a 503', async () => {
    await expect(guarded(() => Promise.reject(pgError('40P01', 'deadlock detected')))).rejects.toBeInstanceOf(DatabaseUnavailable);
  });
});
