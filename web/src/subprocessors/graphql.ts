import { graphql } from '../api/generated';
import type { SubprocessorChangeFieldsFragment } from '../api/generated/graphql';

/** A sub-processor change as the registry panel lists it (fragment: web/src/api/fragments.ts). */
export type SubprocessorChange = SubprocessorChangeFieldsFragment;

export const SUBPROCESSOR_CHANGES_QUERY = graphql(`
  query SubprocessorChanges($processorId: ID) {
    subprocessorChanges(processorId: $processorId) {
      ...SubprocessorChangeFields
    }
  }
`);

export const PROCESSORS_QUERY = graphql(`
  query SubprocessorRecipients {
    recipients {
      id
      name
      class
    }
  }
`);

export const RECORD_SUBPROCESSOR_CHANGE = graphql(`
  mutation RecordSubprocessorChange($input: SubprocessorChangeInput!) {
    recordSubprocessorChange(input: $input) {
      ...SubprocessorChangeFields
    }
  }
`);

export const OBJECT_TO_SUBPROCESSOR = graphql(`
  mutation ObjectToSubprocessor($processorId: ID!, $subprocessorId: ID!, $on: Date!) {
    objectToSubprocessor(processorId: $processorId, subprocessorId: $subprocessorId, on: $on) {
      ...SubprocessorChangeFields
    }
  }
`);
