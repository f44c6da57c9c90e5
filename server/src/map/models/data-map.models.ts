import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';

@ObjectType({ description: 'A node of the data-flow map; kind is source, category, segment, purpose, system, recipient or recipientClass' })
export class MapNode {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'For a recipient: its class (the id of its recipientClass node)' }) group!:
    string | null;
}

@ObjectType({ description: 'An edge of the data-flow map, from one flow (collection or disclosure) or a class membership' })
export class MapEdge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field({ description: 'collects, stores, concerns, discloses, from-system, for-purpose or in-class' }) kind!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => ID, { nullable: true, description: 'The collection or disclosure behind the edge' }) flowId!: string | null;
  @Field({ description: 'collection, disclosure or class' }) flowKind!: string;
}

@ObjectType()
export class DataMap {
  @Field(() => DateScalarType) asOf!: string;
  @Field(() => [MapNode]) nodes!: MapNode[];
  @Field(() => [MapEdge]) edges!: MapEdge[];
}
