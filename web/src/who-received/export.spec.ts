import type { WhoReceived } from './graphql';
import { csvField } from '../common/download';
import { exportBaseName, whoReceivedCsv, whoReceivedJson } from './export';
import { evidenceKind, receivedGraph } from './subgraph';

const answer: WhoReceived = {
  person: { id: 'p1', display: 'c***@example.com', californiaResident: true },
  from: '2025-01-01',
  to: '2025-12-31',
  recipients: [
    {
      recipient: { id: 'broker', name: 'Broker, Inc.', class: 'THIRD_PARTY' },
      categories: [{ id: 'email', name: 'Email' }],
      purposes: [],
      uses: ['OWN_DIRECT_MARKETING'],
      evidence: ['CONFIRMED', 'INFERRED'],
      firstOn: '2025-01-01',
      lastOn: '2025-08-14',
      optOutViolations: [
        { id: 't1', occurredOn: '2025-08-14', use: 'OWN_DIRECT_MARKETING', recipient: { id: 'broker', name: 'Broker' }, categories: [] },
      ],
    },
  ],
};

describe('who-received exports', () => {
  it('writes CSV with a header, quoting and one row per recipient', () => {
    const lines = whoReceivedCsv(answer).trim().split('\r\n');
    expect(lines[0]).toBe('recipient,recipientId,class,categories,purposes,uses,evidence,firstOn,lastOn,optOutViolations');
    expect(lines[1]).toBe(
      '"Broker, Inc.",broker,THIRD_PARTY,Email,,OWN_DIRECT_MARKETING,CONFIRMED; INFERRED,2025-01-01,2025-08-14,t1 (2025-08-14)',
    );
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes the answer as JSON and names the files after the person and window', () => {
    expect(JSON.parse(whoReceivedJson(answer))).toEqual(answer);
    expect(exportBaseName(answer)).toBe('who-received-p1-2025-01-01-2025-12-31');
  });

  it('draws the person and each recipient, marking evidence and violations', () => {
    expect(evidenceKind(['INFERRED', 'CONFIRMED'])).toBe('both');
    expect(evidenceKind(['INFERRED'])).toBe('inferred');
    const drawn = receivedGraph(answer);
    expect(drawn.nodes.map((node) => node.type)).toEqual(['person', 'receiver']);
    expect(drawn.edges[0]?.className).toContain('received-violation');
  });
});
