/** Jest for `npm run mutate`: the in-process tests only (unit and commands), which cover the mutated core. */
import base from './jest.config.js';

export default {
  ...base,
  testEnvironment: '@stryker-mutator/jest-runner/jest-env/node',
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/commands/**/*.test.ts'],
};
