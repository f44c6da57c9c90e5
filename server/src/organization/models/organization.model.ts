import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The business itself: the name, contact and request channels printed on legal documents' })
export class Organization {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address of the designated contact' }) address!: string | null;
  @Field(() => [String], { description: 'How people can send requests, e.g. "email: privacy@example.com"' })
  requestChannels!: string[];
  @Field(() => [String], { description: 'Technical and organisational security measures (GDPR Art. 30(1)(g))' })
  securityMeasures!: string[];
}
