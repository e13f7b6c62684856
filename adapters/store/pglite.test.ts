import { describe } from 'vitest';
import { freshPgliteDatabase } from '../../test/support/pglite-template.js';
import { adminStoreContract } from './admin.contract.js';
import { leadContract } from './leads.contract.js';
import { leadEventContract } from './lead-events.contract.js';
import { retentionContract } from './retention.contract.js';
import { peopleContract } from './people.contract.js';
import { reviewQueueContract } from './review.contract.js';
import { storeContract } from './store.contract.js';

describe('the store on PGlite', () => {
  storeContract({ migrated: () => freshPgliteDatabase('migrated'), empty: () => freshPgliteDatabase('empty') });
  leadContract({ migrated: () => freshPgliteDatabase('migrated') });
  adminStoreContract({ migrated: () => freshPgliteDatabase('migrated') });
  retentionContract({ migrated: () => freshPgliteDatabase('migrated') });
  leadEventContract({ migrated: () => freshPgliteDatabase('migrated') });
  reviewQueueContract({ migrated: () => freshPgliteDatabase('migrated') });
  peopleContract({ migrated: () => freshPgliteDatabase('migrated') });
});
