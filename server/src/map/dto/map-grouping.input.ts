import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GROUP_PAGE_MAX, MAP_GROUP_MODES, type MapGroupMode } from '../../rules/map-grouping';

export const MapGroupModeEnum = Object.fromEntries(MAP_GROUP_MODES.map((mode) => [mode, mode])) as Record<MapGroupMode, MapGroupMode>;
registerEnumType(MapGroupModeEnum, {
  name: 'MapGroupMode',
  description: 'AUTO groups maps of more than 80 nodes; GROUPED always groups; NONE draws every node',
});

@InputType({ description: 'A group drawn open, with how many of its members (A–Z) to draw' })
export class MapGroupExpansion {
  @Field(() => ID, { description: 'A group node id, e.g. group:recipient:PROCESSOR' })
  @IsString()
  @MaxLength(300)
  id!: string;
  @Field(() => Int, { nullable: true, description: `Members to draw (default 100, at most ${GROUP_PAGE_MAX})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(GROUP_PAGE_MAX)
  limit?: number | null;
}

@InputType({ description: 'How a large map is drawn: grouped, with some groups open, or focused on one node' })
export class MapGroupingInput {
  @Field(() => MapGroupModeEnum, { nullable: true, defaultValue: 'AUTO' })
  @IsOptional()
  @IsIn(MAP_GROUP_MODES)
  mode?: MapGroupMode | null;
  @Field(() => [MapGroupExpansion], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MapGroupExpansion)
  expand?: MapGroupExpansion[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only the paths through this node: a map node id or kind:id (recipient:acme); not on the map: focus is null',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  focus?: string | null;
}
