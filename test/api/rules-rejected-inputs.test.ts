/**
 * PRODUCT.md §3 through the public GraphQL API (§5). Rejected inputs (rule 8): the error code and field of each, and
 * nothing changed. The group builds its scenario (test/fixtures/rules/rejected-inputs.ts) through the mutations on
 * its own server (an empty graph) and compares the answers with the ones worked out by hand in the comments. Shared
 * setup: test/support/rules.ts.
 */
import { enginesUnderTest } from '../support/engines';
import type { TestServer } from '../support/server';
import {
  ADD_DISCLOSURE,
  dataOf,
  disclosureList,
  END_DISCLOSURE,
  firstError,
  openScenario,
  RECORD_OPT_OUT,
  RECORD_TRANSFER,
  summarise,
  UPSERT_CATEGORY,
  WHO_RECEIVED,
  whoReceived,
} from '../support/rules';
import type { DisclosureInput, PersonRef, TransferInput } from '../fixtures/rules/scenario';
import { ERRORS } from '../fixtures/rules/rejected-inputs';

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('8. rejected inputs change nothing', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, ERRORS);
    });
    afterAll(() => server.close());

    const baseDisclosure: DisclosureInput = {
      recipientId: 'e-r',
      categoryIds: ['e-cat'],
      segmentIds: ['e-seg'],
      purposeIds: ['e-p'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-05-01',
    };
    const baseTransfer: TransferInput = {
      recipientId: 'e-r',
      categoryIds: ['e-cat'],
      purposeIds: ['e-p'],
      use: 'OWN_OTHER_USE',
      occurredOn: '2024-05-02',
      people: [{ email: 'erin@example.com' }],
    };

    /** Everything a rejected input could have touched. */
    async function snapshot(): Promise<unknown> {
      const res = await server.gql(`query { disclosures { id validFrom validTo } categories { id } recipients { id name class } }`);
      const who = await whoReceived(server, { email: 'erin@example.com' }, '2024-01-01', '2024-12-31');
      return { ...dataOf(res, 'snapshot'), who: who.recipients.map(summarise), person: who.person.id };
    }

    interface ErrorCase {
      name: string;
      document: string;
      variables: Record<string, unknown>;
      token?: null;
      code: string;
      field?: string | RegExp;
    }
    const cases: ErrorCase[] = [
      {
        name: 'validTo before validFrom',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, validTo: '2024-04-30' } },
        code: 'BAD_USER_INPUT',
        field: 'validTo',
      },
      {
        name: 'a date that is not on the calendar (2025-02-30)',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, validFrom: '2025-02-30' } },
        code: 'BAD_USER_INPUT',
        field: 'validFrom',
      },
      {
        name: 'an unknown category in second place',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, categoryIds: ['e-cat', 'e-nope'] } },
        code: 'BAD_USER_INPUT',
        field: 'categoryIds[1]',
      },
      {
        name: 'an id that is not a slug',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, id: 'Bad Id' } },
        code: 'BAD_USER_INPUT',
        field: 'id',
      },
      {
        name: 'a category id that is not a slug',
        document: UPSERT_CATEGORY,
        variables: { input: { id: 'Bad Id', name: 'Bad' } },
        code: 'BAD_USER_INPUT',
        field: 'id',
      },
      {
        name: 'the same id twice in a list',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, categoryIds: ['e-cat', 'e-cat'] } },
        code: 'BAD_USER_INPUT',
        field: /^categoryIds(\[1\])?$/,
      },
      {
        name: 'a transfer naming a person by two identifiers',
        document: RECORD_TRANSFER,
        variables: { input: { ...baseTransfer, people: [{ email: 'erin@example.com', phone: '4155550100' }] } },
        code: 'BAD_USER_INPUT',
        field: 'people[0]',
      },
      {
        name: 'a transfer with an unknown category in second place',
        document: RECORD_TRANSFER,
        variables: { input: { ...baseTransfer, categoryIds: ['e-cat', 'e-nope'] } },
        code: 'BAD_USER_INPUT',
        field: 'categoryIds[1]',
      },
      {
        name: 'a transfer including an unknown person',
        document: RECORD_TRANSFER,
        variables: { input: { ...baseTransfer, people: [{ email: 'erin@example.com' }, { email: 'nobody@example.com' }] } },
        code: 'NOT_FOUND',
      },
      {
        name: 'an opt-out naming a person by two identifiers',
        document: RECORD_OPT_OUT,
        variables: {
          input: { person: { email: 'erin@example.com', phone: '4155550100' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-03-01' },
        },
        code: 'BAD_USER_INPUT',
        field: 'person',
      },
      {
        name: 'a duplicate explicit disclosure id',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, id: 'e-d1' } },
        code: 'CONFLICT',
      },
      {
        name: 'ending a disclosure before it began',
        document: END_DISCLOSURE,
        variables: { id: 'e-d1', validTo: '2023-12-31' },
        code: 'BAD_USER_INPUT',
        field: 'validTo',
      },
      {
        name: 'a valid mutation without a token',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, id: 'e-d-anon' } },
        token: null,
        code: 'UNAUTHENTICATED',
      },
    ];

    it.each(cases)('$name → $code', async ({ document, variables, token, code, field }) => {
      const before = await snapshot();
      const res = await server.gql(document, variables, token);
      expect(res.data ?? null).toBeNull();
      const error = firstError(res);
      expect(error.code).toBe(code);
      if (field instanceof RegExp) expect(error.field).toMatch(field);
      else if (field !== undefined) expect(error.field).toBe(field);
      expect(await snapshot()).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown person in whoReceived', async () => {
      const res = await server.gql(WHO_RECEIVED, { person: { email: 'nobody@example.com' } });
      expect(firstError(res).code).toBe('NOT_FOUND');
    });

    it.each([
      ['two identifiers', { email: 'erin@example.com', phone: '4155550100' }],
      ['no identifier', {}],
    ])('answers BAD_USER_INPUT for a whoReceived PersonRef with %s', async (_how, person: PersonRef) => {
      const res = await server.gql(WHO_RECEIVED, { person });
      expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'person' });
    });

    it('answers UNAUTHENTICATED to a query without a token', async () => {
      const res = await server.gql(WHO_RECEIVED, { person: { email: 'erin@example.com' } }, null);
      expect(res.data?.whoReceived ?? null).toBeNull();
      expect(firstError(res).code).toBe('UNAUTHENTICATED');
    });

    it('still has exactly the one disclosure it was built with', async () => {
      expect((await disclosureList(server)).map((d) => [d.id, d.validFrom, d.validTo])).toEqual([['e-d1', '2024-01-01', null]]);
    });
  });
});
