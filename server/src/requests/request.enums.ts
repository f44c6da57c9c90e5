import { registerEnumType } from '@nestjs/graphql';
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus } from './deadlines';

/**
 * GraphQL enums of the request register, apart from the object types so the
 * seed (which validates RequestInput) loads no output types early.
 */
export const RequestKindEnum = Object.fromEntries(REQUEST_KINDS.map((k) => [k, k])) as Record<RequestKind, RequestKind>;
export const RequestStatusEnum = Object.fromEntries(REQUEST_STATUSES.map((k) => [k, k])) as Record<RequestStatus, RequestStatus>;
registerEnumType(RequestKindEnum, {
  name: 'RequestKind',
  description:
    'SHINE_THE_LIGHT: 30 days (150 when not received at a designated channel); CCPA_KNOW, CCPA_DELETE, CCPA_CORRECT: 45 days ' +
    '(+45 once); GDPR_ACCESS, GDPR_ERASURE, GDPR_RECTIFICATION: one month (+2 months)',
});
registerEnumType(RequestStatusEnum, { name: 'RequestStatus', description: 'DUE_SOON: open and due within 7 days' });
