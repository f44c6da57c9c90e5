import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './app-error';

/** The first failing property as a path below the argument, e.g. "validTo" or "people[1].email". */
function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const key = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const message = Object.values(e.constraints)[0];
      return { field: key, message: message.replace(new RegExp(`^(each of )?${e.property} `), '$1') };
    }
    const nested = firstFailure(e.children ?? [], key);
    if (nested) return nested;
  }
  return null;
}

/** class-validator failures become BAD_USER_INPUT naming the field (the default would be BAD_REQUEST). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const failure = firstFailure(errors) ?? { field: 'input', message: 'is invalid' };
      return badInput(failure.field, failure.message);
    },
  });
}
