import { Router } from 'express';
import { z } from 'zod';
import type { PeopleStore } from '../../../bot/ports/people.js';
import { parseOr400 } from '../../http/errors.js';
import { requirePermission } from '../auth/guards.js';
import { signedIn } from '../auth/principal.js';

export const PersonEmail = z.object({ email: z.email({ message: 'must be an e-mail address' }).max(254) });

/**
 * A person's rights by e-mail, for admins only: `GET /people/export?email=` gives every stored item
 * about them as JSON, `POST /people/erase {email}` erases them for good. Each is audited in the store
 * under the admin who asked; the address itself is neither logged nor kept.
 */
export function peopleApi(deps: { store: PeopleStore }): Router {
  const router = Router();
  router.use('/people', requirePermission('users'));

  router.get('/people/export', async (req, res) => {
    const { email } = parseOr400(PersonEmail, req.query);
    res.set('Content-Disposition', 'attachment; filename="person-export.json"');
    res.json(await deps.store.exportPerson(email, signedIn(res).email));
  });

  router.post('/people/erase', async (req, res) => {
    const { email } = parseOr400(PersonEmail, req.body);
    res.json(await deps.store.erasePerson(email, signedIn(res).email));
  });

  return router;
}
