import type { Role } from '@disclosure-map/graph-schema';

/** Who is calling: the token's name and role. */
export interface Actor {
  name: string;
  role: Role;
}

/** The GraphQL context every resolver receives. */
export interface RequestContext {
  req: {
    headers: Record<string, string | string[] | undefined>;
    actor?: Actor;
    /** The client address (Express: the socket's, or X-Forwarded-For's under TRUST_PROXY). */
    ip?: string;
    socket?: { remoteAddress?: string };
  };
}
