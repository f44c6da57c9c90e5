import { ValidationPipe } from '@nestjs/common';
import { badInput } from './app-error';
import { firstValidationFailure } from './validation-failure';

/** class-validator failures become BAD_USER_INPUT naming the field (the default would be BAD_REQUEST). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const failure = firstValidationFailure(errors);
      if (!failure) return badInput('input', 'is invalid');
      // The API names the field in front of the message, so the message drops class-validator's own "<property> ".
      return badInput(failure.field, failure.message.replace(new RegExp(`^(each of )?${failure.property} `), '$1'));
    },
  });
}
