import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { AuditedRead } from '../audit/audited.decorator';
import type { Catalog } from '../catalog/catalog';
import { attorneyGeneralSampleRequired } from '../rules/breach';
import { BreachService, type AffectedPerson, type BreachPlan } from './breach.service';
import { BreachInput } from './dto/breach.input';
import { BreachCategoryCount, BreachImpact, BreachPeoplePage, type BreachPerson, type BreachTotals } from './models/breach.models';

/** The API's view of an affected person: masked display and memberships, categories by name. */
export function toBreachPerson(catalog: Catalog, a: AffectedPerson): BreachPerson {
  return {
    person: {
      ...a.person,
      memberships: a.memberships.flatMap((m) => {
        const segment = catalog.segments.get(m.segmentId);
        return segment ? [{ segment, since: m.since, until: m.until }] : [];
      }),
    },
    categories: catalog.categoriesByName(a.categoryIds),
    californiaNotice: a.californiaNotice,
  };
}

@Resolver(() => BreachImpact)
@AllowRoles('LEGAL')
export class BreachResolver {
  constructor(
    private readonly breaches: BreachService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => BreachImpact, { description: 'Whose data, which data, how many: a breach of a recipient or a system (audited)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  async breachImpact(@Args('input') input: BreachInput, @CurrentActor() actor: Actor): Promise<BreachImpact> {
    const plan = await this.breaches.plan(input);
    return this.impact(plan, actor);
  }

  private impact(plan: BreachPlan, actor: Actor): BreachImpact {
    let totals: Promise<BreachTotals> | null = null;
    return {
      ...this.breaches.deadlines(plan.input),
      totals: () => (totals ??= this.breaches.totals(plan)),
      // Every page of people read is a person-level read: audited with the people it shows.
      page: (first, after) =>
        this.audit.audited(
          actor,
          'breachImpact.people',
          (r: BreachPeoplePage) => r.items.map((i) => i.person.id),
          async () => {
            const { items, nextCursor } = await this.breaches.page(plan, first, after);
            return { items: items.map((a) => toBreachPerson(plan.catalog, a)), nextCursor };
          },
        ),
    };
  }

  @ResolveField(() => Int) async peopleAffected(@Parent() impact: BreachImpact) {
    return (await impact.totals()).peopleAffected;
  }

  @ResolveField(() => Int) async californiaResidents(@Parent() impact: BreachImpact) {
    return (await impact.totals()).californiaResidents;
  }

  @ResolveField(() => Int, { description: 'California residents to notify (Civ. Code §1798.82(h))' })
  async californiaNotices(@Parent() impact: BreachImpact) {
    return (await impact.totals()).californiaNotices;
  }

  @ResolveField(() => [BreachCategoryCount], { description: 'Each declared category with the number of affected people having it' })
  async categories(@Parent() impact: BreachImpact) {
    return (await impact.totals()).categories;
  }

  @ResolveField(() => Boolean, { description: 'More than 500 notices: a sample goes to the Attorney General (§1798.82(f))' })
  async attorneyGeneralSampleRequired(@Parent() impact: BreachImpact) {
    return attorneyGeneralSampleRequired((await impact.totals()).californiaNotices);
  }

  @ResolveField(() => BreachPeoplePage, { description: 'The affected people, paged by person id' })
  people(
    @Parent() impact: BreachImpact,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return impact.page(first ?? 100, after ?? null);
  }
}
