import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { DateScalarType } from '../common/date-type';
import { UndeclaredTransfer } from './models/undeclared.models';
import { UndeclaredService } from './undeclared.service';

@Resolver()
export class UndeclaredResolver {
  constructor(private readonly undeclared: UndeclaredService) {}

  @Query(() => [UndeclaredTransfer], {
    description:
      'Each recorded transfer in the window (inclusive; from: the beginning, to: today) that the declared disclosures do not cover',
  })
  @AllowRoles('LEGAL')
  @AuditedRead()
  undeclaredTransfers(
    @Args('from', { type: () => DateScalarType, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalarType, nullable: true }) to?: string | null,
  ): Promise<UndeclaredTransfer[]> {
    return this.undeclared.undeclaredTransfers(from ?? null, to ?? null);
  }
}
