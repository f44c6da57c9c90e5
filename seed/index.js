'use strict';
/** The example map's path, for tools that load it. */
module.exports = { exampleSeedPath: require.resolve('./example.json') };
