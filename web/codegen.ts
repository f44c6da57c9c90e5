import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';

/** Where the generated API types and typed documents go, relative to web/. */
export const GENERATED_DIR = 'src/api/generated/';

/**
 * GraphQL Code Generator: the API's types and one typed document per operation written with `graphql(...)` in
 * web/src/<feature>/graphql.ts, from the committed server/schema.gql. `npm run codegen` writes them; the unit
 * spec web/src/api/generated.spec.ts fails when the committed files are not what this config generates.
 */
export function codegenConfig(webDir: string): CodegenConfig & { cwd: string } {
  return {
    cwd: webDir,
    // Handed over already built: the loader would sort the schema, and the UI lists enum values in declared order.
    schema: buildSchema(readFileSync(join(webDir, '..', 'server', 'schema.gql'), 'utf8')),
    documents: ['src/**/*.{ts,tsx}', '!src/api/generated/**', '!src/**/*.spec.ts'],
    silent: true,
    generates: {
      [GENERATED_DIR]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
        config: {
          // Sent as strings by our fetch client: no GraphQL parser in the bundle.
          documentMode: 'string',
          // Each enum as a const object plus a union type: values to list in the UI, no TS enum.
          enumType: 'const',
          scalars: { Date: 'string' },
          strictScalars: true,
          skipTypename: true,
          useTypeImports: true,
        },
      },
    },
  };
}

// The CLI (`npm run codegen -w web`) runs in web/.
export default codegenConfig(process.cwd());
