import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

// The test harness talks to the emulator with the AWS SDK; its Node 20 end-of-support notice is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // The security reporter rewrites docs/security.md after a full attack run (CI: checks it instead).
  reporter: [["list"], ["./tests/security-doc/reporter.ts"]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
  },
  projects: [
    // User journeys in a real browser, one spec per journey.
    { name: "e2e", testDir: "e2e", testIgnore: ["security/**", "*.clock.spec.ts"] },
    // The attack and fault suite (issue 5): hostile requests against the built app and the emulator.
    { name: "security", testDir: "e2e/security", testIgnore: "*.clock.spec.ts" },
    // Specs that move the emulator's shared clock run last and alone, so no other test sees it move.
    { name: "clock", testDir: "e2e", testMatch: "*.clock.spec.ts", dependencies: ["e2e", "security"], workers: 1 },
  ],
});
