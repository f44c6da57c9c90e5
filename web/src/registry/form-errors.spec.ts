import { ApiError, fieldName } from '../api/client';
import { fieldMessage, missingFields, slugify, submitErrors } from './form-errors';

describe('server validation errors on form fields', () => {
  it('matches the last path segment without its index', () => {
    expect(fieldName('input.categoryIds[1]')).toBe('categoryIds');
    expect(fieldName('input.validTo')).toBe('validTo');
    expect(fieldName('id')).toBe('id');
    expect(fieldName(undefined)).toBeUndefined();
  });

  it('puts a BAD_USER_INPUT error on its field, else on the form', () => {
    const error = new ApiError('categoryIds[1]: no DataCategory with id "nope"', 'BAD_USER_INPUT', 'categoryIds[1]');
    expect(submitErrors(error, ['id', 'categoryIds'])).toEqual({
      fields: { categoryIds: 'No DataCategory with id "nope"' },
      form: null,
    });
    expect(submitErrors(error, ['id']).form).toContain('no DataCategory');
    expect(submitErrors(new ApiError('taken', 'CONFLICT'), ['id']).fields).toEqual({ id: 'taken' });
    expect(fieldMessage('input.validTo: must not be before validFrom', 'input.validTo')).toBe('Must not be before validFrom');
  });

  it('flags empty required fields and suggests slugs', () => {
    expect(missingFields({ id: ' ', categoryIds: [], name: 'x' }, ['id', 'categoryIds', 'name'])).toEqual({
      id: 'Required.',
      categoryIds: 'Choose at least one.',
    });
    expect(slugify('Example Payments, Inc.')).toBe('example-payments-inc');
    expect(slugify('Café Señor')).toBe('cafe-senor');
  });
});
