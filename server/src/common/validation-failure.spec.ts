import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { TransferInput } from '../people/dto/people.inputs';
import { firstValidationFailure } from './validation-failure';

const good = {
  recipientId: 'payments',
  categoryIds: ['email-address'],
  use: 'ON_OUR_BEHALF',
  occurredOn: '2025-01-01',
  people: [{ externalId: 'c-1' }],
};

describe('the first validation failure as a field path', () => {
  it.each<[string, Record<string, unknown>, { field: string; property: string; message: string } | null]>([
    ['nothing wrong', {}, null],
    [
      'a top-level field',
      { recipientId: 'Not A Slug' },
      { field: 'recipientId', property: 'recipientId', message: expect.stringMatching(/^recipientId must be a slug/) as unknown as string },
    ],
    [
      'an item of a list of values',
      { categoryIds: ['ok', 'NO'] },
      {
        field: 'categoryIds',
        property: 'categoryIds',
        message: expect.stringMatching(/^each of categoryIds must be a slug/) as unknown as string,
      },
    ],
    [
      'a field of a nested item',
      { people: [{ externalId: 'c-1' }, { email: '' }] },
      { field: 'people[1].email', property: 'email', message: 'email must be longer than or equal to 1 characters' },
    ],
  ])('%s', (_name, change, expected) => {
    const errors = validateSync(plainToInstance(TransferInput, { ...good, ...change }), {
      forbidUnknownValues: false,
      stopAtFirstError: true,
    });
    expect(firstValidationFailure(errors)).toEqual(expected);
  });
});
