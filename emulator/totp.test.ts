import { describe, expect, it } from "vitest";
import { newTotpSecret, totpStep } from "./totp";

// RFC 6238, Appendix B: the SHA-1 seed "12345678901234567890"; the 8-digit values end in these 6 digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("totpStep", () => {
  it("matches the RFC 6238 test vectors and names their time step", () => {
    expect(totpStep(RFC_SECRET, "287082", 59_000)).toBe(1);
    expect(totpStep(RFC_SECRET, "081804", 1_111_111_109_000)).toBe(37_037_036);
    expect(totpStep(RFC_SECRET, "050471", 1_111_111_111_000)).toBe(37_037_037);
    expect(totpStep(RFC_SECRET, "005924", 1_234_567_890_000)).toBe(41_152_263);
  });

  it("accepts a code one step either side of now, and no further", () => {
    expect(totpStep(RFC_SECRET, "287082", 59_000 + 30_000)).toBe(1);
    expect(totpStep(RFC_SECRET, "287082", 59_000 - 30_000)).toBe(1);
    expect(totpStep(RFC_SECRET, "287082", 59_000 + 60_000)).toBeNull();
  });

  it("refuses anything but six digits", () => {
    expect(totpStep(RFC_SECRET, "94287082", 59_000)).toBeNull();
    expect(totpStep(RFC_SECRET, "28708", 59_000)).toBeNull();
  });
});

describe("newTotpSecret", () => {
  it("is 32 random bytes in unpadded base32, new each time", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{52}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });
});
