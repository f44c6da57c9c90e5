import { SetMetadata } from '@nestjs/common';
import type { Role } from '@disclosure-map/graph-schema';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** The roles allowed to call a resolver or route (ADMIN always is). */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route that needs no token (health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
