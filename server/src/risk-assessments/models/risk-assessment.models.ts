import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RISK_REASONS, RISK_STATUSES, type FlowKind, type RiskReason, type RiskStatus } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';

export const RiskReasonEnum = Object.fromEntries(RISK_REASONS.map((r) => [r, r])) as Record<RiskReason, RiskReason>;
export const RiskStatusEnum = Object.fromEntries(RISK_STATUSES.map((s) => [s, s])) as Record<RiskStatus, RiskStatus>;
registerEnumType(RiskReasonEnum, {
  name: 'RiskReason',
  description: 'Why a flow needs a risk assessment (CCPA regulations, in force 2026-01-01)',
});
registerEnumType(RiskStatusEnum, {
  name: 'RiskStatus',
  description: 'DONE: assessed on or before asOf; OVERDUE: not assessed and dueOn before asOf; DUE otherwise',
});

@ObjectType({ description: 'A flow in force that needs a risk assessment, with its due date and status' })
export class RiskAssessmentItem {
  @Field(() => ID) flowId!: string;
  @Field(() => String, { description: 'COLLECTION or DISCLOSURE' }) flowKind!: FlowKind;
  @Field(() => [RiskReasonEnum]) reasons!: RiskReason[];
  @Field(() => DateScalarType, { description: 'validFrom, or 2027-12-31 for a flow whose validFrom is before 2026-01-01' }) dueOn!: string;
  @Field(() => DateScalarType, { nullable: true }) assessedOn!: string | null;
  @Field(() => String, { nullable: true }) documentRef!: string | null;
  @Field(() => RiskStatusEnum) status!: RiskStatus;
  @Field({ description: 'e.g. "Disclosure to Example Ads (OWN_OTHER_USE)"' }) description!: string;
  @Field(() => DateScalarType) validFrom!: string;
}
