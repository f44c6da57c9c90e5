import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { DateScalarType } from '../common/date-type';
import { DisclosuresService } from './disclosures.service';
import { CollectionInput, DisclosureInput } from './dto/flow.inputs';
import { Collection, Disclosure } from './models/flow.models';

@Resolver()
export class DisclosuresResolver {
  constructor(private readonly disclosures: DisclosuresService) {}

  @Query(() => [Disclosure], { name: 'disclosures', description: 'Disclosures in force on asOf; every one, ended included, without it' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  listDisclosures(@Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null) {
    return this.disclosures.disclosures(asOf ?? null);
  }

  @Query(() => [Collection], { name: 'collections', description: 'Collections in force on asOf; every one without it' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  listCollections(@Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null) {
    return this.disclosures.collections(asOf ?? null);
  }

  @Mutation(() => Collection)
  @AllowRoles('EDITOR')
  addCollection(@Args('input') input: CollectionInput) {
    return this.disclosures.addCollection(input);
  }

  @Mutation(() => Disclosure)
  @AllowRoles('EDITOR')
  addDisclosure(@Args('input') input: DisclosureInput) {
    return this.disclosures.addDisclosure(input);
  }

  @Mutation(() => Disclosure, { description: 'Ends a flow by setting validTo; nothing is deleted' })
  @AllowRoles('EDITOR')
  endDisclosure(@Args('id', { type: () => ID }) id: string, @Args('validTo', { type: () => DateScalarType }) validTo: string) {
    return this.disclosures.endDisclosure(id, validTo);
  }
}
