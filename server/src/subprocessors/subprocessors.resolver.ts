import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { DateScalarType } from '../common/date-type';
import { SubprocessorChangeInput } from './dto/subprocessor-change.input';
import { SubprocessorChange } from './models/subprocessor-change.model';
import { SubprocessorsService } from './subprocessors.service';

@Resolver(() => SubprocessorChange)
export class SubprocessorsResolver {
  constructor(private readonly subprocessors: SubprocessorsService) {}

  @Mutation(() => SubprocessorChange, { description: 'GDPR Art. 28(2): records a processor’s notice of a new sub-processor' })
  @AllowRoles('EDITOR')
  recordSubprocessorChange(@Args('input') input: SubprocessorChangeInput) {
    return this.subprocessors.recordSubprocessorChange(input);
  }

  @Mutation(() => SubprocessorChange, { description: 'The controller’s objection to a notified sub-processor (until the deadline)' })
  @AllowRoles('EDITOR')
  objectToSubprocessor(
    @Args('processorId', { type: () => ID }) processorId: string,
    @Args('subprocessorId', { type: () => ID }) subprocessorId: string,
    @Args('on', { type: () => DateScalarType }) on: string,
  ) {
    return this.subprocessors.objectToSubprocessor(processorId, subprocessorId, on);
  }

  @Query(() => [SubprocessorChange], { description: 'Sub-processor changes, of one processor or of all' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  subprocessorChanges(@Args('processorId', { type: () => ID, nullable: true }) processorId?: string | null) {
    return this.subprocessors.subprocessorChanges(processorId ?? null);
  }
}
