/** Jest for `npm run mutate`: the unit tests of the pure core (the grading engine's own tests and the command tests are left out: they are slow per mutant). */
import base from './jest.config.js';

export default {
  ...base,
  testEnvironment: '@stryker-mutator/jest-runner/jest-env/node',
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/unit/grading/'],
  // The shared content cache is for the end-to-end tests; Stryker starts jest for each mutant, so no setup.
  globalSetup: undefined,
  globalTeardown: undefined,
};
