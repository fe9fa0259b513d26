import { test } from "@playwright/test";
import { ANNOTATION_TYPE, type SecurityCase } from "../../../tests/security-doc/case";

/** Records the case on the running test; the security-doc reporter turns these into the table. */
export function record(entry: SecurityCase): void {
  test.info().annotations.push({ type: ANNOTATION_TYPE, description: JSON.stringify(entry) });
}
