import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';
import type { RecipientClass } from '@disclosure-map/graph-schema';
import { RecipientClassEnum } from '../../common/enums.graphql';

@ObjectType({ description: 'Anyone personal data is disclosed to' })
export class Recipient {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RecipientClassEnum) class!: RecipientClass;
  @Field(() => String, { nullable: true }) legalName!: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address' }) address!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) natureOfBusiness!: string | null;
  @Field(() => [String]) productsMarketed!: string[];
  @Field(() => DateScalarType, { nullable: true, description: 'Date of the DPA or service-provider contract' }) agreementSignedOn!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'For a sub-processor: the processor it works for' }) subprocessorOf!: string | null;
}
