import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { DateScalarType } from '../common/date-type';
import { InventoryAsOfArg } from '../common/inventory-as-of.arg';
import { PersonRef } from '../people/dto/people.inputs';
import { GdprService } from './gdpr.service';
import { Art15RecipientsReport, ProcessorEntry, RecordOfProcessing } from './models/gdpr.models';

@Resolver()
export class GdprResolver {
  constructor(private readonly gdpr: GdprService) {}

  @Query(() => RecordOfProcessing, { description: 'GDPR Art. 30(1) record of processing activities as of a date (default today)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  recordOfProcessing(
    @Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null,
    @InventoryAsOfArg() inventoryAsOf?: string | null,
  ): Promise<RecordOfProcessing> {
    return this.gdpr.recordOfProcessing(asOf ?? null, inventoryAsOf ?? null);
  }

  @Query(() => Art15RecipientsReport, { description: 'GDPR Art. 15(1)(c): the recipients of a person’s data, named (audited)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  art15Recipients(@Args('person', { type: () => PersonRef }) person: PersonRef): Promise<Art15RecipientsReport> {
    return this.gdpr.art15Recipients(person);
  }

  @Query(() => [ProcessorEntry], { description: 'GDPR Art. 28 register of processors and sub-processors' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  processorsRegister(
    @Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null,
    @InventoryAsOfArg() inventoryAsOf?: string | null,
  ): Promise<ProcessorEntry[]> {
    return this.gdpr.processors(asOf ?? null, inventoryAsOf ?? null);
  }
}
