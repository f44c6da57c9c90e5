import { Field, ObjectType } from '@nestjs/graphql';
import type { DisclosureUse, Evidence } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { DisclosureUseEnum, EvidenceEnum } from '../../common/enums.graphql';
import { DataCategory, Purpose } from '../../inventory/models/inventory.models';
import { Person, Transfer } from '../../people/models/people.models';
import { Recipient } from '../../recipients/models/recipient.model';

@ObjectType({ description: 'One recipient of the person’s data, with the evidence for it' })
export class ReceivedBy {
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => [DataCategory], { description: 'As declared on the disclosures and transfers: a parent stands for its subtree' })
  categories!: DataCategory[];
  @Field(() => [Purpose]) purposes!: Purpose[];
  @Field(() => [DisclosureUseEnum]) uses!: DisclosureUse[];
  @Field(() => [EvidenceEnum]) evidence!: Evidence[];
  @Field(() => DateScalarType) firstOn!: string;
  @Field(() => DateScalarType) lastOn!: string;
  @Field(() => [Transfer], { description: 'Confirmed transfers that an opt-out in force on their date should have stopped' })
  optOutViolations!: Transfer[];
}

@ObjectType()
export class WhoReceived {
  @Field(() => Person) person!: Person;
  @Field(() => DateScalarType, { nullable: true }) from!: string | null;
  @Field(() => DateScalarType) to!: string;
  @Field(() => [ReceivedBy]) recipients!: ReceivedBy[];
}
