import { UAParser } from "ua-parser-js";

/** "Firefox on Windows", from a User-Agent header; "Unknown browser" when it says nothing useful. */
export function describeDevice(userAgent: string): string {
  const { browser, os } = new UAParser(userAgent).getResult();
  if (!browser.name) return "Unknown browser";
  return os.name ? `${browser.name} on ${os.name}` : browser.name;
}
