import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';
import { Person } from '../../people/models/people.models';
import { Recipient } from '../../recipients/models/recipient.model';
import { SubprocessorChange } from '../../subprocessors/models/subprocessor-change.model';

@ObjectType({ description: 'One row of the Art. 30(1) record of processing activities' })
export class ProcessingActivity {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => [String]) purposes!: string[];
  @Field(() => [String]) dataSubjects!: string[];
  @Field(() => [String]) personalData!: string[];
  @Field(() => [String]) recipientCategories!: string[];
  @Field(() => [String]) thirdCountryRecipients!: string[];
  @Field(() => [String], { description: '"Recipient (country): safeguard"; "no safeguard recorded" when none is' })
  transfers!: string[];
  @Field(() => [String]) erasureTimeLimits!: string[];
  @Field(() => DateScalarType) validFrom!: string;
  @Field(() => DateScalarType, { nullable: true }) validTo!: string | null;
}

@ObjectType({ description: 'GDPR Art. 30(1) record of processing activities as of a date' })
export class RecordOfProcessing {
  @Field(() => DateScalarType) asOf!: string;
  @Field() controller!: string;
  @Field() controllerContact!: string;
  @Field(() => [String]) securityMeasures!: string[];
  @Field(() => [ProcessingActivity]) activities!: ProcessingActivity[];
}

@ObjectType({ description: 'A recipient of a person’s data under Art. 15(1)(c)' })
export class Art15Recipient {
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Outside the EEA (null: country not recorded)' }) thirdCountry!: boolean | null;
  @Field(() => [String]) safeguards!: string[];
  @Field(() => DateScalarType) firstOn!: string;
  @Field(() => DateScalarType) lastOn!: string;
}

@ObjectType({ description: 'Art. 15(1)(c): the recipients to whom a person’s data was disclosed, named' })
export class Art15RecipientsReport {
  @Field(() => Person) person!: Person;
  @Field(() => [Art15Recipient]) recipients!: Art15Recipient[];
}

@ObjectType({ description: 'A processor or sub-processor (Art. 28)' })
export class ProcessorEntry {
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => DateScalarType, { nullable: true, description: 'Art. 28(3): the data processing agreement' }) agreementSignedOn!:
    string | null;
  @Field(() => Recipient, { nullable: true, description: 'For a sub-processor: the processor it works for' })
  subprocessorOf!: Recipient | null;
  @Field(() => DateScalarType, { nullable: true, description: 'Art. 28(2): when the controller authorised the sub-processor' })
  subprocessorAuthorizedOn!: string | null;
  @Field(() => Boolean, { nullable: true }) thirdCountry!: boolean | null;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) purposes!: string[];
  @Field(() => [String], { description: 'Missing agreement, missing authorisation' }) problems!: string[];
  @Field(() => [SubprocessorChange], { description: 'Art. 28(2): the sub-processor changes this processor notified, in notice order' })
  subprocessorChanges!: SubprocessorChange[];
}
