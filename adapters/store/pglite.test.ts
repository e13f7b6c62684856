import { describe } from 'vitest';
import { freshPgliteDatabase } from '../../test/support/pglite-template.js';
import { storeContract } from './store.contract.js';

describe('the store on PGlite', () => {
  storeContract({ migrated: () => freshPgliteDatabase('migrated'), empty: () => freshPgliteDatabase('empty') });
});
