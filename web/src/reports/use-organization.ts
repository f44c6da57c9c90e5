import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/client';
import { ORGANIZATION_QUERY, QUERY_FIELDS_QUERY, type Organization } from './graphql';

export interface OrganizationState {
  settled: boolean;
  organization: Organization | null;
}

/**
 * The letterhead, if the server has organization settings. It asks the schema first, so a server without the
 * `organization` field is not sent a query it would reject; any error means "no organization settings".
 */
export function useOrganization(): OrganizationState {
  const [state, setState] = useState<OrganizationState>({ settled: false, organization: null });
  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<Organization | null> => {
      const schema = await graphqlRequest(QUERY_FIELDS_QUERY, {}, { signal: controller.signal });
      if (!schema.__type?.fields?.some((field) => field.name === 'organization')) return null;
      const result = await graphqlRequest(ORGANIZATION_QUERY, {}, { signal: controller.signal });
      return result.organization;
    };
    load().then(
      (organization) => {
        if (!controller.signal.aborted) setState({ settled: true, organization });
      },
      () => {
        if (!controller.signal.aborted) setState({ settled: true, organization: null });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
