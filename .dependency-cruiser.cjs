/** The walls of the architecture (STYLE.md): checked by `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'resolvers-stay-thin',
      comment: 'Resolvers call services; they never reach the graph layer.',
      severity: 'error',
      from: { path: '\\.resolver\\.ts$' },
      to: { path: '^server/src/graph/' },
    },
    {
      name: 'drivers-only-in-graph',
      comment: 'Only server/src/graph imports the database drivers.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/graph/' },
      to: { path: 'node_modules/(neo4j-driver|@ladybugdb/core)/' },
    },
    {
      name: 'web-is-a-client',
      comment: 'The web app imports nothing from the server.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-circular',
      comment:
        'No import circles (config <-> security was one): a module that needs a shared piece (ConfigError) imports it ' +
        'from a file of its own. Type-only imports count too: a circle of types is still one concept split in two.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'server', 'tsconfig.json') },
  },
};
