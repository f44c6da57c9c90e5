/**
 * Writes the derived DDL to graph-schema/generated/, committed so that a change
 * to the declarations shows up in review; schema.spec.ts fails when they drift.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedDdl, neo4jDdl } from './ddl';

const dir = join(__dirname, '..', 'generated');
writeFileSync(join(dir, 'embedded.cypher'), embeddedDdl().join(';\n') + ';\n');
writeFileSync(join(dir, 'neo4j.cypher'), neo4jDdl().join(';\n') + ';\n');
