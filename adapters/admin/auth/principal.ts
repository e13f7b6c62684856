import type { Response } from 'express';
import type { AdminRole } from '../../store/admin-users.js';

/** Who is calling: a signed-in person, or automation holding the admin token (csrfToken null). */
export interface Principal {
  userId: string | null;
  email: string;
  role: AdminRole;
  /** Null for bearer-token calls: no cookie is involved, so no cross-site request can forge one. */
  csrfToken: string | null;
  mustChangePassword: boolean;
}

export type Permission = 'read' | 'edit' | 'users';

const GRANTS: Record<Permission, AdminRole[]> = {
  read: ['analyst', 'marketer', 'admin'],
  edit: ['marketer', 'admin'],
  users: ['admin'],
};

export const can = (principal: Principal | undefined, permission: Permission) => !!principal && GRANTS[permission].includes(principal.role);

export function principalOf(res: Response): Principal | undefined {
  return (res.locals as { principal?: Principal }).principal;
}

export function setPrincipal(res: Response, principal: Principal): void {
  (res.locals as { principal?: Principal }).principal = principal;
}

/** Like principalOf, for handlers behind the sign-in guard. */
export function signedIn(res: Response): Principal {
  const principal = principalOf(res);
  if (!principal) throw new Error('admin handler reached without a principal');
  return principal;
}
