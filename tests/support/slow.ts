/**
 * Slow cases and the long property runs are for CI (.ci/run sets NM_TUTOR_SLOW_TESTS=1): `npm test` on a
 * developer's machine runs the same checks with fewer random inputs, so it stays fast.
 */
export const slowTests = process.env.NM_TUTOR_SLOW_TESTS === '1';

/** How many random inputs a property test tries: `quick` in `npm test`, `thorough` in CI. */
export function propertyRuns(quick: number, thorough: number): number {
  return slowTests ? thorough : quick;
}
