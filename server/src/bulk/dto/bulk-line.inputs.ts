import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { IsSlug } from '../../common/validators';
import { PersonRef } from '../../people/dto/people.inputs';

/** The kinds of line a bulk file holds, each validated by the API's own input class. */
export const BULK_LINE_KINDS = ['person', 'membership', 'transfer', 'optOut', 'request'] as const;
export type BulkLineKind = (typeof BULK_LINE_KINDS)[number];

export class BulkLineKindCheck {
  @IsIn(BULK_LINE_KINDS, { message: `kind must be one of ${BULK_LINE_KINDS.join(', ')}` }) kind!: BulkLineKind;
}

/** A membership line: one person's membership of a segment (the API's MembershipInput plus the person). */
export class MembershipLine {
  @ValidateNested() @Type(() => PersonRef) person!: PersonRef;
  @IsSlug() segmentId!: string;
  since!: string;
  until?: string | null;
}
