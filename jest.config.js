/** ESM TypeScript tests through ts-jest; run with NODE_OPTIONS=--experimental-vm-modules (see npm test). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 30000,
  // Both cores: most end-to-end time is spent waiting on child processes and tmux, so two workers overlap it
  // (jest defaults to one worker on 2 cores; the whole suite with its slow fault cases: 72 s with one, 46 s with two).
  maxWorkers: 2,
};
