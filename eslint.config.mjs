// Zero warnings: `npm run lint` runs eslint with --max-warnings 0.
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
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
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
