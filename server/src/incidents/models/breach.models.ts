import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';
import { DataCategory } from '../../inventory/models/inventory.models';
import { Person } from '../../people/models/people.models';

@ObjectType()
export class BreachCategoryCount {
  @Field(() => DataCategory) category!: DataCategory;
  @Field(() => Int, { description: 'Affected people with this category' }) people!: number;
}

@ObjectType()
export class BreachPerson {
  @Field(() => Person) person!: Person;
  @Field(() => [DataCategory]) categories!: DataCategory[];
  @Field({ description: 'A California resident to notify under Civ. Code §1798.82' }) californiaNotice!: boolean;
}

@ObjectType()
export class BreachPeoplePage {
  @Field(() => [BreachPerson]) items!: BreachPerson[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last' }) nextCursor!: string | null;
}

/** The totals of a breach's impact (one pass over the people). */
export interface BreachTotals {
  peopleAffected: number;
  californiaResidents: number;
  californiaNotices: number;
  categories: BreachCategoryCount[];
}

/**
 * The answer of breachImpact. The totals walk every person, so they are computed once, on the first of their fields
 * a query selects; the deadlines need none; `people` pages on its own.
 */
@ObjectType({ description: 'Who and what a breach reached (PRODUCT.md §8)' })
export class BreachImpact {
  @Field(() => DateScalarType, { description: 'discoveredOn + 30 days (Civ. Code §1798.82)' }) californiaNoticeDueOn!: string;
  @Field(() => DateScalarType, { description: 'discoveredOn + 3 days (GDPR Art. 33: 72 hours)' }) supervisoryAuthorityDueOn!: string;
  /** The totals, computed on first use. */
  totals!: () => Promise<BreachTotals>;
  /** Pages the affected people. */
  page!: (first: number, after: string | null) => Promise<BreachPeoplePage>;
}
