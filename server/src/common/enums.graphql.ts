import { registerEnumType } from '@nestjs/graphql';
import {
  BREACH_ELEMENTS,
  CCPA_CODES,
  DISCLOSURE_USES,
  EVIDENCE_KINDS,
  NOTICE_BASES,
  OPT_OUT_SCOPES,
  PROPAGATION_STATUSES,
  RECIPIENT_CLASSES,
  ROLES,
  SHINE_THE_LIGHT_CODES,
  SOURCE_KINDS,
} from '@disclosure-map/graph-schema';

/** GraphQL enums built from the graph-schema lists, so the API and the graph never disagree. */
const asEnum = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const RecipientClassEnum = asEnum(RECIPIENT_CLASSES);
export const DisclosureUseEnum = asEnum(DISCLOSURE_USES);
export const SourceKindEnum = asEnum(SOURCE_KINDS);
export const OptOutScopeEnum = asEnum(OPT_OUT_SCOPES);
export const EvidenceEnum = asEnum(EVIDENCE_KINDS);
export const ShineTheLightCategoryEnum = asEnum(SHINE_THE_LIGHT_CODES);
export const CcpaCategoryEnum = asEnum(CCPA_CODES);
export const RoleEnum = asEnum(ROLES);
export const BreachElementEnum = asEnum(BREACH_ELEMENTS);

registerEnumType(RecipientClassEnum, { name: 'RecipientClass' });
registerEnumType(DisclosureUseEnum, { name: 'DisclosureUse' });
registerEnumType(SourceKindEnum, { name: 'SourceKind' });
registerEnumType(OptOutScopeEnum, { name: 'OptOutScope' });
registerEnumType(EvidenceEnum, { name: 'Evidence' });
registerEnumType(ShineTheLightCategoryEnum, {
  name: 'ShineTheLightCategory',
  description: 'Civ. Code §1798.83(e)(6)(A), in statutory order',
});
registerEnumType(CcpaCategoryEnum, { name: 'CcpaCategory', description: 'Civ. Code §1798.140(v)(1) and (ae)' });
registerEnumType(RoleEnum, { name: 'Role' });

export const NoticeBasisEnum = asEnum(NOTICE_BASES);
export const PropagationStatusEnum = asEnum(PROPAGATION_STATUSES);
registerEnumType(NoticeBasisEnum, {
  name: 'NoticeBasis',
  description: 'Why a recipient must be told of a deletion or correction (PRODUCT.md §7)',
});
registerEnumType(PropagationStatusEnum, { name: 'PropagationStatus' });
registerEnumType(BreachElementEnum, {
  name: 'BreachElement',
  description: 'Civ. Code §1798.82(h) data elements; ONLINE_CREDENTIALS = a user name or e-mail with its password or security answer',
});
