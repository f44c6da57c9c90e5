import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CCPA_PERSONAL_INFORMATION_CATEGORIES, CCPA_SENSITIVE_CATEGORIES } from './statutory';
import { embeddedDdl, neo4jDdl } from './ddl';
import { NODE_LABELS, NODES, RELATIONSHIPS } from './schema';
import { SHINE_THE_LIGHT_CATEGORIES } from './statutory';

const generated = (file: string) => readFileSync(join(__dirname, '..', 'generated', file), 'utf8');

describe('graph-schema drift', () => {
  it('the committed embedded DDL is what the declarations derive (npm run generate -w graph-schema)', () => {
    expect(generated('embedded.cypher')).toBe(embeddedDdl().join(';\n') + ';\n');
  });

  it('the committed Neo4j constraints and indexes are what the declarations derive', () => {
    expect(generated('neo4j.cypher')).toBe(neo4jDdl().join(';\n') + ';\n');
  });

  it('gives every label a unique id constraint and an embedded primary key', () => {
    for (const label of NODE_LABELS) {
      expect(NODES[label].properties.id).toEqual({ type: 'string', required: true });
      expect(neo4jDdl()).toContain(`CREATE CONSTRAINT ${label}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
      expect(embeddedDdl().some((s) => s.startsWith(`CREATE NODE TABLE IF NOT EXISTS ${label}(id STRING PRIMARY KEY`))).toBe(true);
    }
  });

  it('declares only relationships between declared labels', () => {
    for (const rel of Object.values(RELATIONSHIPS)) {
      for (const label of [...rel.from, ...rel.to]) expect(NODE_LABELS).toContain(label);
    }
  });
});

describe('statutory lists', () => {
  it('has the 27 Shine-the-Light categories of §1798.83(e)(6)(A) in statutory order', () => {
    expect(SHINE_THE_LIGHT_CATEGORIES.map((c) => c.code)).toEqual([
      'NAME_AND_ADDRESS',
      'EMAIL_ADDRESS',
      'AGE_OR_DATE_OF_BIRTH',
      'NAMES_OF_CHILDREN',
      'CHILDREN_ADDRESSES',
      'NUMBER_OF_CHILDREN',
      'CHILDREN_AGE_OR_GENDER',
      'HEIGHT',
      'WEIGHT',
      'RACE',
      'RELIGION',
      'OCCUPATION',
      'TELEPHONE_NUMBER',
      'EDUCATION',
      'POLITICAL_PARTY_AFFILIATION',
      'MEDICAL_CONDITION',
      'DRUGS_THERAPIES_MEDICAL_PRODUCTS',
      'PRODUCTS_PURCHASED',
      'REAL_PROPERTY_PURCHASED',
      'SERVICES_PROVIDED',
      'SOCIAL_SECURITY_NUMBER',
      'BANK_ACCOUNT_NUMBER',
      'CREDIT_CARD_NUMBER',
      'DEBIT_CARD_NUMBER',
      'ACCOUNT_BALANCE',
      'PAYMENT_HISTORY',
      'CREDITWORTHINESS',
    ]);
    expect(SHINE_THE_LIGHT_CATEGORIES[16].label).toBe('Drugs, therapies, or medical products or equipment used');
    expect(SHINE_THE_LIGHT_CATEGORIES[26].label).toBe(
      "Information pertaining to the customer's creditworthiness, assets, income, or liabilities",
    );
  });

  it('has the twelve CCPA categories (A)–(L) and the sensitive ones of (ae)', () => {
    expect(CCPA_PERSONAL_INFORMATION_CATEGORIES.map((c) => c.citation.slice(-2, -1))).toEqual('ABCDEFGHIJKL'.split(''));
    expect(CCPA_SENSITIVE_CATEGORIES).toHaveLength(10);
  });
});
