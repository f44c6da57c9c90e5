import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DisclosureUse, RecipientClass } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { DisclosureUseEnum, RecipientClassEnum } from '../../common/enums.graphql';
import { PolicyClause } from '../../inventory/models/inventory.models';
import { MISMATCH_KINDS, type MismatchKind } from '../coverage-rules';

export const CoverageMismatchKindEnum = Object.fromEntries(MISMATCH_KINDS.map((k) => [k, k])) as Record<MismatchKind, MismatchKind>;
registerEnumType(CoverageMismatchKindEnum, { name: 'CoverageMismatchKind' });

@ObjectType({ description: 'A flow in force (collection or disclosure), as the coverage check names it' })
export class CoverageFlow {
  @Field() kind!: 'COLLECTION' | 'DISCLOSURE';
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. "Disclosure to Example Payments (ON_OUR_BEHALF)"' }) description!: string;
}

@ObjectType({ description: 'A difference between what a clause declares and the flows linked to it' })
export class CoverageMismatch {
  @Field(() => PolicyClause) clause!: PolicyClause;
  @Field(() => CoverageMismatchKindEnum) kind!: MismatchKind;
  @Field({ description: 'The recipient class or use in question' }) value!: string;
  @Field(() => [CoverageFlow]) flows!: CoverageFlow[];
}

@ObjectType({ description: 'One clause of the policy and the flows in force it states' })
export class ClauseCoverage {
  @Field(() => PolicyClause) clause!: PolicyClause;
  @Field(() => [RecipientClassEnum]) declaredRecipientClasses!: RecipientClass[];
  @Field(() => [DisclosureUseEnum]) declaredUses!: DisclosureUse[];
  @Field(() => [CoverageFlow]) flows!: CoverageFlow[];
  @Field({ description: 'States at least one flow in force and has no mismatch' }) ok!: boolean;
}

@ObjectType({ description: 'Whether the published policy and the real data flows agree on a date' })
export class PolicyCoverage {
  @Field(() => DateScalarType) asOf!: string;
  @Field(() => [CoverageFlow], { description: 'Flows in force that no clause states' }) uncoveredFlows!: CoverageFlow[];
  @Field(() => [PolicyClause], { description: 'Clauses that state nothing in force' }) idleClauses!: PolicyClause[];
  @Field(() => [CoverageMismatch]) mismatches!: CoverageMismatch[];
  @Field(() => [ClauseCoverage], { description: 'The checklist: every clause in section order' }) clauses!: ClauseCoverage[];
}
