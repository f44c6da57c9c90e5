export interface SubprocessorChange {
  processor: { id: string; name: string };
  subprocessor: { id: string; name: string };
  noticeOn: string;
  effectiveOn: string;
  objectionDeadline: string;
  shortNotice: boolean;
  objectedOn: string | null;
}

const FIELDS = 'processor { id name } subprocessor { id name } noticeOn effectiveOn objectionDeadline shortNotice objectedOn';

export const SUBPROCESSOR_CHANGES_QUERY = /* GraphQL */ `
  query SubprocessorChanges($processorId: ID) {
    subprocessorChanges(processorId: $processorId) { ${FIELDS} }
  }
`;
export interface SubprocessorChangesResult {
  subprocessorChanges: SubprocessorChange[];
}

export const PROCESSORS_QUERY = /* GraphQL */ `
  query SubprocessorRecipients {
    recipients {
      id
      name
      class
    }
  }
`;
export interface ProcessorsResult {
  recipients: { id: string; name: string; class: string }[];
}

export const RECORD_SUBPROCESSOR_CHANGE = /* GraphQL */ `
  mutation RecordSubprocessorChange($input: SubprocessorChangeInput!) {
    recordSubprocessorChange(input: $input) { ${FIELDS} }
  }
`;

export const OBJECT_TO_SUBPROCESSOR = /* GraphQL */ `
  mutation ObjectToSubprocessor($processorId: ID!, $subprocessorId: ID!, $on: Date!) {
    objectToSubprocessor(processorId: $processorId, subprocessorId: $subprocessorId, on: $on) { ${FIELDS} }
  }
`;
