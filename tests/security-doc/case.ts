import type { AsvsId } from "./asvs";

/** One row of docs/security.md: what was tried, what must happen, what this run saw. */
export interface SecurityCase {
  case: string;
  expected: string;
  /** Must come from this run's responses, and be stable from run to run (no ids, no ports)... */
  observed: string;
  /** ...unless it is a measurement: then it is printed but ignored when CI compares the doc. */
  volatile?: boolean;
  asvs: AsvsId[];
}

export const ANNOTATION_TYPE = "security";
