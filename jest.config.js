/** Test tiers as Jest projects: unit, contract (both engines), api (HTTP, both engines), e2e (Chromium). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  testEnvironmentOptions: { globalsCleanup: 'off' },
  // Real servers and a real Neo4j: seeding the example map over Bolt takes seconds.
  testTimeout: 120_000,
  moduleNameMapper: { '^@disclosure-map/graph-schema$': '<rootDir>/graph-schema/src/index.ts' },
  rootDir: __dirname,
};

module.exports = {
  testTimeout: 120_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{graph-schema,server,seed,web}/src/**/*.spec.ts'] },
    { ...shared, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.test.ts'] },
    { ...shared, displayName: 'api', testMatch: ['<rootDir>/test/api/**/*.test.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    { ...shared, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.test.ts'] },
  ],
};
