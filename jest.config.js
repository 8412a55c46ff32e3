/**
 * Jest runs every test file against one throwaway Neo4j started in globalSetup.
 * Community Edition has a single user database, so files run in band: parallel
 * workers would contend on the same store and make data isolation depend on timing.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120000,
  verbose: true,
};
