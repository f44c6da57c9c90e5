import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UNDECLARED_REASONS, type UndeclaredReason } from '@disclosure-map/graph-schema';
import { DataCategory } from '../../inventory/models/inventory.models';
import { Transfer } from '../../people/models/people.models';

export const UndeclaredReasonEnum = Object.fromEntries(UNDECLARED_REASONS.map((r) => [r, r])) as Record<UndeclaredReason, UndeclaredReason>;
registerEnumType(UndeclaredReasonEnum, {
  name: 'UndeclaredReason',
  description: 'Why the declared flows do not cover a recorded transfer (PRODUCT.md §8)',
});

@ObjectType({ description: 'A recorded transfer that the declared disclosures do not cover' })
export class UndeclaredTransfer {
  @Field(() => Transfer) transfer!: Transfer;
  @Field(() => [UndeclaredReasonEnum]) reasons!: UndeclaredReason[];
  @Field(() => [DataCategory], { description: 'The transfer’s categories no disclosure with its use declares (itself or an ancestor)' })
  uncoveredCategories!: DataCategory[];
}
