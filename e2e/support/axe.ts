import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** axe-core finds nothing on the page as it stands. */
export async function expectNoViolations(page: Page) {
  // After a client-side navigation Next sets the title a moment after the URL changes.
  await expect(page).toHaveTitle(/Cruddur/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );
}
