import { ccpaCsv, ccpaExportBaseName, ccpaJson } from './export';
import type { CcpaCategoryInfo, CcpaRightToKnow } from './graphql';

const identifiers: CcpaCategoryInfo = {
  code: 'IDENTIFIERS',
  label: 'Identifiers such as a real name, alias',
  citation: '§1798.140(v)(1)(A)',
};

const answer: CcpaRightToKnow = {
  person: { id: 'person-1', display: 'c***@example.com', californiaResident: true },
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  categoriesCollected: [identifiers],
  sourceCategories: [{ kind: 'AUTOMATIC', label: 'Automatically', sources: ['Pixel', 'Cookies'] }],
  purposes: [{ id: 'ads', name: 'Ads', description: null }],
  soldOrShared: [{ category: identifiers, sold: true, shared: false, thirdPartyCategories: ['Customers', 'Third parties'] }],
  disclosedForBusinessPurpose: [{ category: identifiers, recipientCategories: ['Processors (service providers)'] }],
};

describe('CCPA right-to-know exports', () => {
  it('writes CSV with a header and one row per item of each section', () => {
    const lines = ccpaCsv(answer).trim().split('\r\n');
    expect(lines).toEqual([
      'periodStart,periodEnd,section,code,label,citation,sold,shared,recipientCategories,sources',
      '2025-01-01,2025-12-31,categories collected,IDENTIFIERS,"Identifiers such as a real name, alias",§1798.140(v)(1)(A),,,,',
      '2025-01-01,2025-12-31,categories of sources,AUTOMATIC,Automatically,,,,,Pixel; Cookies',
      '2025-01-01,2025-12-31,purposes,ads,Ads,,,,,',
      '2025-01-01,2025-12-31,sold or shared,IDENTIFIERS,"Identifiers such as a real name, alias",§1798.140(v)(1)(A),true,false,Customers; Third parties,',
      '2025-01-01,2025-12-31,disclosed for a business purpose,IDENTIFIERS,"Identifiers such as a real name, alias",§1798.140(v)(1)(A),,,Processors (service providers),',
    ]);
  });

  it('writes the answer as JSON and names the files after the person (or the business) and the period', () => {
    expect(JSON.parse(ccpaJson(answer))).toEqual(answer);
    expect(ccpaExportBaseName(answer)).toBe('ccpa-right-to-know-person-1-2025-01-01-2025-12-31');
    expect(ccpaExportBaseName({ ...answer, person: null })).toBe('ccpa-right-to-know-business-2025-01-01-2025-12-31');
  });
});
