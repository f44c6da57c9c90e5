import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { DateScalarType } from '../common/date-type';
import type { RequestStatus } from './deadlines';
import { RequestInput } from './dto/request.inputs';
import { PrivacyRequest } from './models/privacy-request.model';
import { RequestStatusEnum } from './request.enums';
import { RequestsService } from './requests.service';

@Resolver(() => PrivacyRequest)
export class RequestsResolver {
  constructor(private readonly requestsService: RequestsService) {}

  @Mutation(() => PrivacyRequest, { description: 'Records a request; the due date follows its kind' })
  @AllowRoles('LEGAL')
  recordRequest(@Args('input') input: RequestInput): Promise<PrivacyRequest> {
    return this.requestsService.recordRequest(input);
  }

  @Mutation(() => PrivacyRequest, {
    description: 'Records the response and the document sent (Shine the Light: defaults to the letter for the preceding year)',
  })
  @AllowRoles('LEGAL')
  respondToRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('respondedOn', { type: () => DateScalarType }) respondedOn: string,
    @Args('documentRef', { type: () => String, nullable: true }) documentRef?: string | null,
  ): Promise<PrivacyRequest> {
    return this.requestsService.respondToRequest(id, respondedOn, documentRef ?? null);
  }

  @Mutation(() => PrivacyRequest, { description: 'Takes the extension the law allows (CCPA: +45 days once; GDPR: +2 months)' })
  @AllowRoles('LEGAL')
  extendRequest(@Args('id', { type: () => ID }) id: string): Promise<PrivacyRequest> {
    return this.requestsService.extendRequest(id);
  }

  @Query(() => PrivacyRequest, { description: 'One privacy request (audited)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  request(@Args('id', { type: () => ID }) id: string): Promise<PrivacyRequest> {
    return this.requestsService.request(id);
  }

  @Query(() => [PrivacyRequest], { description: 'Privacy requests by due date' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  requests(
    @Args('status', { type: () => RequestStatusEnum, nullable: true }) status?: RequestStatus | null,
    @Args('dueBefore', { type: () => DateScalarType, nullable: true }) dueBefore?: string | null,
  ): Promise<PrivacyRequest[]> {
    return this.requestsService.requests(status ?? null, dueBefore ?? null);
  }
}
