/** ESM TypeScript tests through ts-jest; run with NODE_OPTIONS=--experimental-vm-modules (see npm test). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  // Three workers on two cores: the end-to-end files spend much of their time waiting on child processes and
  // tmux, and a third worker fills that time (whole suite, 2026-12-01, quiet machine: 33.7 s with two, 29.7 s with three).
  maxWorkers: 3,
};
