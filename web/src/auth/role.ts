import { useQuery } from '../api/use-query';
import { authStore, selectToken } from './auth-store';
import { useStore } from '../common/store';
import type { Role } from '../api/generated/graphql';
import { ME_QUERY, type Me } from './graphql';

/** What a role may do in the web app; mirrors the server's @AllowRoles (the server enforces it, the app only hides). */
export type Capability = 'read' | 'editInventory' | 'legal' | 'admin';

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  VIEWER: ['read'],
  EDITOR: ['read', 'editInventory'],
  LEGAL: ['read', 'legal'],
  ADMIN: ['read', 'editInventory', 'legal', 'admin'],
};

export function can(role: Role | null | undefined, capability: Capability): boolean {
  return !!role && CAPABILITIES[role].includes(capability);
}

/** A number that changes with the token, so signing in with another token asks again. */
function tokenKey(token: string | null): number {
  let hash = 0;
  for (const char of token ?? '') hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash;
}

/** The signed-in token's name and role (null while loading or when it failed). */
export function useMe(): Me | null {
  const token = useStore(authStore, selectToken);
  const { state } = useQuery(ME_QUERY, {}, !token, tokenKey(token));
  return state.status === 'success' ? state.data.me : null;
}
