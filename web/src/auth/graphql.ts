import { graphql } from '../api/generated';
import type { MeQuery } from '../api/generated/graphql';

export const ME_QUERY = graphql(`
  query Me {
    me {
      name
      role
    }
  }
`);
export type Me = MeQuery['me'];

/** A harmless query that only a valid token may run: the sign-in page checks the token with it. */
export const SIGN_IN_PROBE_QUERY = graphql(`
  query SignInProbe {
    recipients {
      id
    }
  }
`);
