import { policyCoverageFindings, type ClauseFacts, type FlowFacts } from './coverage-rules';

const clause = (id: string, recipientClasses: string[] = [], uses: string[] = []): ClauseFacts => ({ id, recipientClasses, uses });
const disclosure = (id: string, clauseIds: string[], recipientClass: FlowFacts['recipientClass'], use: FlowFacts['use']): FlowFacts => ({
  kind: 'DISCLOSURE',
  id,
  clauseIds,
  recipientClass,
  use,
});
const collection = (id: string, clauseIds: string[]): FlowFacts => ({ kind: 'COLLECTION', id, clauseIds, recipientClass: null, use: null });

describe('policy coverage', () => {
  it('finds a flow no clause states, and ignores links to clauses that do not exist', () => {
    const f = policyCoverageFindings(
      [clause('s3')],
      [collection('c1', ['s3']), collection('c2', []), disclosure('d1', ['gone'], 'PROCESSOR', 'ON_OUR_BEHALF')],
    );
    expect(f.uncoveredFlowIds).toEqual(['c2', 'd1']);
    expect(f.flowIdsByClause.get('s3')).toEqual(['c1']);
  });

  it('finds clauses that state nothing in force', () => {
    const f = policyCoverageFindings(
      [clause('s3'), clause('s6-buyer', ['ACQUIRER'], ['CORPORATE_TRANSACTION'])],
      [collection('c1', ['s3'])],
    );
    expect(f.idleClauseIds).toEqual(['s6-buyer']);
    expect(f.mismatches).toEqual([]);
  });

  it('reports recipient classes and uses a clause does not declare, with the flows that show them', () => {
    const f = policyCoverageFindings(
      [clause('s6-tp', ['THIRD_PARTY'], ['OWN_DIRECT_MARKETING'])],
      [
        disclosure('d1', ['s6-tp'], 'THIRD_PARTY', 'OWN_DIRECT_MARKETING'),
        disclosure('d2', ['s6-tp'], 'CUSTOMER', 'OWN_OTHER_USE'),
        disclosure('d3', ['s6-tp'], 'CUSTOMER', 'OWN_DIRECT_MARKETING'),
      ],
    );
    expect(f.mismatches).toEqual([
      { clauseId: 's6-tp', kind: 'UNDECLARED_RECIPIENT_CLASS', value: 'CUSTOMER', flowIds: ['d2', 'd3'] },
      { clauseId: 's6-tp', kind: 'UNDECLARED_USE', value: 'OWN_OTHER_USE', flowIds: ['d2'] },
    ]);
  });

  it('reports declared classes and uses that no linked flow has; a clause declaring nothing is not compared', () => {
    const f = policyCoverageFindings(
      [clause('s6-aff', ['AFFILIATE', 'PROCESSOR'], ['ON_OUR_BEHALF']), clause('s5')],
      [disclosure('d1', ['s6-aff', 's5'], 'AFFILIATE', 'ON_OUR_BEHALF')],
    );
    expect(f.mismatches).toEqual([{ clauseId: 's6-aff', kind: 'DECLARED_RECIPIENT_CLASS_WITHOUT_FLOW', value: 'PROCESSOR', flowIds: [] }]);
  });
});
