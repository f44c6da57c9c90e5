import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { OrganizationInput } from './dto/organization.input';
import { Organization } from './models/organization.model';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Query(() => Organization, { description: 'The business’s name, contact and request channels' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  organization(): Promise<Organization> {
    return this.organizations.organization();
  }

  @Mutation(() => Organization, { description: 'Sets the business’s name, contact and request channels (omitted fields are kept)' })
  @AllowRoles('LEGAL')
  setOrganization(@Args('input') input: OrganizationInput): Promise<Organization> {
    return this.organizations.setOrganization(input);
  }
}
