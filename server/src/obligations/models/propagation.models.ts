import { Field, ObjectType } from '@nestjs/graphql';
import type { Evidence, NoticeBasis, PropagationStatus } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { EvidenceEnum, NoticeBasisEnum, PropagationStatusEnum } from '../../common/enums.graphql';
import { DataCategory } from '../../inventory/models/inventory.models';
import { Person, Transfer } from '../../people/models/people.models';
import { Recipient } from '../../recipients/models/recipient.model';
import { PrivacyRequest } from '../../requests/models/privacy-request.model';

@ObjectType({ description: 'One recipient that must be told of a deletion or correction, and where its notice stands' })
export class PropagationRow {
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => [NoticeBasisEnum], { description: 'Only the bases that put the recipient in this plan' }) bases!: NoticeBasis[];
  @Field(() => [EvidenceEnum]) evidence!: Evidence[];
  @Field(() => [DataCategory]) categories!: DataCategory[];
  @Field(() => DateScalarType, { description: 'The last date it received the person’s data, up to receipt of the request' })
  lastOn!: string;
  @Field(() => DateScalarType, { description: 'The request’s due date' }) dueOn!: string;
  @Field(() => PropagationStatusEnum) status!: PropagationStatus;
  @Field(() => DateScalarType, { nullable: true }) sentOn!: string | null;
  @Field(() => DateScalarType, { nullable: true }) confirmedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Why telling it is impossible or involves disproportionate effort (EXCEPTION)' })
  explanation!: string | null;
}

@ObjectType({ description: 'Whom a deletion or correction request must be passed on to, recomputed from whoReceived at every read' })
export class PropagationPlan {
  @Field(() => PrivacyRequest) request!: PrivacyRequest;
  @Field(() => [PropagationRow], { description: 'By recipient name, A–Z' }) rows!: PropagationRow[];
  @Field(() => [Recipient], { description: 'Recipients of the person’s data that this kind of request need not tell' })
  excluded!: Recipient[];
  @Field({ description: 'True when no row is PENDING' }) complete!: boolean;
}

@ObjectType({ description: 'A transfer that included a person after their deletion or erasure request was answered' })
export class Reappearance {
  @Field(() => Person) person!: Person;
  @Field(() => PrivacyRequest) request!: PrivacyRequest;
  @Field(() => Transfer) transfer!: Transfer;
}
