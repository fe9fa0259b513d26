import { test } from "@playwright/test";

/**
 * App bugs this suite found that are outside the files its authors may fix. Each case is
 * marked `test.fail`, so the run stays green while the doc lists it as a known gap, and the
 * day the app is fixed the test "unexpectedly passes": then delete the entry here.
 */
const KNOWN_GAPS: { cases: RegExp; reason: string }[] = [];

/** Call first thing in a test whose title may name a known gap. */
export function markKnownGap(): void {
  const title = test.info().title;
  const gap = KNOWN_GAPS.find(({ cases }) => cases.test(title));
  if (gap) test.fail(true, gap.reason);
}
