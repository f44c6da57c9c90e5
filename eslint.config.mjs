// Zero warnings: `npm run lint` runs eslint with --max-warnings 0.
// Type-aware: the TypeScript sources are linted with the types the compiler sees (floating and misused promises,
// unsafe `any`), through typescript-eslint's project service, which follows the workspaces' project references
// to their sources, so linting needs no prior build.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'tools/neo4j-local/target/**',
      'test/artifacts/**',
      'web/vite.config.*',
      'web/src/api/generated/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The web unit specs and codegen config are outside web/tsconfig.json (its types are the browser's, not
          // jest's and node's): they are checked with web/tsconfig.spec.json, as `npm run typecheck` does.
          allowDefaultProject: ['web/codegen.ts', 'web/src/*/*.spec.ts'],
          defaultProject: 'web/tsconfig.spec.json',
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    // Plain JavaScript (configs, launchers, scripts) has no types to check.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs', 'tools/**/*.js', 'seed/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Only the graph layer may import the database drivers.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'Only server/src/graph talks to Neo4j.' },
            { name: '@ladybugdb/core', message: 'Only server/src/graph talks to the embedded engine.' },
          ],
        },
      ],
    },
  },
);
