import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';

@ObjectType({
  description:
    'A node of the data-flow map; kind is source, category, segment, purpose, system, recipient, recipientClass or (grouped maps) group',
})
export class MapNode {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'For a recipient: its class (the id of its recipientClass node)' }) group!:
    string | null;
  @Field(() => Int, { nullable: true, description: 'A group: its members on this map' }) count?: number | null;
  @Field(() => String, { nullable: true, description: 'A group: the kind of its members' }) memberKind?: string | null;
  @Field(() => Int, { nullable: true, description: 'A group: how many of its members are drawn inside it (0: collapsed)' })
  shown?: number | null;
  @Field(() => ID, { nullable: true, description: 'A member drawn inside an expanded group: the group' }) parent?: string | null;
}

@ObjectType({ description: 'An edge of the data-flow map, from one flow (collection or disclosure) or a class membership' })
export class MapEdge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field({ description: 'collects, stores, concerns, discloses, from-system, for-purpose or in-class' }) kind!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => ID, { nullable: true, description: 'The collection or disclosure behind the edge' }) flowId!: string | null;
  @Field({ description: 'collection, disclosure or class (mixed: merged edges of both)' }) flowKind!: string;
  @Field(() => Int, { nullable: true, description: 'Grouped maps: the number of flows this edge stands for' }) flows?: number | null;
}

@ObjectType()
export class DataMap {
  @Field(() => DateScalarType) asOf!: string;
  @Field(() => [MapNode]) nodes!: MapNode[];
  @Field(() => [MapEdge]) edges!: MapEdge[];
  @Field({ description: 'Whether nodes are drawn in groups (see the grouping argument)' }) grouped!: boolean;
  @Field(() => String, { nullable: true, description: 'The node the map is focused on, when it is on the map' }) focus!: string | null;
  @Field(() => Int, { description: 'Nodes of the map (or of the focused paths) before grouping' }) totalNodes!: number;
}
