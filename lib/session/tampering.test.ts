import { sealData } from "iron-session";
import { describe, expect, it } from "vitest";
import { typicalSession } from "./__fixtures__/sessions";
import { passwordId, sessionPassword } from "./passwords";
import { cookieNames, readSession, sessionCookies } from "./cookies";

const OLD = "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk";
const NEW = "2.Tq-D9awHKfYbnWc2Ovlk3CvsMECrXSAFawQonkV0VHw";
/** Another app's secret that happens to share NEW's rotation counter. */
const FOREIGN = "2.ng-mT145yEcoF6OV0qroymaRH344JyibDxzdaxWyx4w";
const newPassword = () => {
  const { id, password } = sessionPassword(NEW);
  return { [id]: password };
};
const settings = { secure: false, secrets: [NEW] };
const NAME = cookieNames(false).session;

async function validSeal(secrets = [NEW]): Promise<string> {
  const result = await sessionCookies(typicalSession(), undefined, { secure: false, secrets });
  return result.cookies.find((c) => c.name === NAME)!.value;
}

const withoutRefresh = () => ({ ...typicalSession(), refreshToken: undefined });
const read = (value: string, secrets: readonly string[] = [NEW]) =>
  readSession({ getAll: () => [{ name: NAME, value }] }, { settings: { secure: false, secrets } });

function flip(seal: string, partIndex: number): string {
  const parts = seal.split("*");
  const part = parts[partIndex]!;
  parts[partIndex] = (part[0] === "A" ? "B" : "A") + part.slice(1);
  return parts.join("*");
}

describe("tampered and foreign cookies mean signed out, never a throw", () => {
  const mutations: [string, (seal: string) => string | Promise<string>][] = [
    ["flipped MAC character", (s) => flip(s, 7)],
    ["flipped ciphertext character", (s) => flip(s, 4)],
    ["flipped IV", (s) => flip(s, 3)],
    ["truncated", (s) => s.slice(0, s.length - 10)],
    ["wrong iron prefix", (s) => s.replace("Fe26.2", "Fe26.1")],
    [
      "non-numeric expiry",
      (s) => {
        const p = s.split("*");
        p[5] = "12abc";
        return p.join("*");
      },
    ],
    [
      "empty expiry",
      (s) => {
        const p = s.split("*");
        p[5] = "";
        return p.join("*");
      },
    ],
    ["too few parts", (s) => s.split("*").slice(0, 6).join("*")],
    ["too many parts", (s) => `${s.slice(0, -2)}*extra~2`],
    ["missing version suffix", (s) => s.slice(0, -2)],
    [
      "unknown password id",
      (s) => {
        const p = s.split("*");
        p[1] = "999";
        return p.join("*");
      },
    ],
    [
      "__proto__ password id",
      (s) => {
        const p = s.split("*");
        p[1] = "__proto__";
        return p.join("*");
      },
    ],
    [
      "constructor password id",
      (s) => {
        const p = s.split("*");
        p[1] = "constructor";
        return p.join("*");
      },
    ],
    ["garbage", () => "not a seal at all"],
    ["empty", () => ""],
    ["binary junk", () => "\u0000\u0001\uffff*".repeat(8)],
    ["oversized", (s) => s + "A".repeat(20_000)],
    ["chunk marker without chunks", (s) => `3~${s}`],
    ["another app's seal (other secret)", () => validSeal([FOREIGN])],
    [
      "expired seal",
      async () =>
        sealData({ v: 1 }, { password: newPassword(), ttl: 1 }).then((s) => {
          const p = s.split("*");
          p[5] = String(Date.now() - 3_600_000);
          return p.join("*");
        }),
    ],
    ["valid seal, wrong shape", async () => sealData({ user: "admin" }, { password: newPassword(), ttl: 60 })],
  ];

  it.each(mutations)("%s → null", async (_label, mutate) => {
    const value = await mutate(await validSeal());
    await expect(read(value)).resolves.toBeNull();
  });

  it("reads the untouched seal", async () => {
    await expect(read(await validSeal())).resolves.toEqual(withoutRefresh());
  });
});

describe("secret rotation", () => {
  it("reads seals made with a previous secret and seals new ones with the current one", async () => {
    const oldSeal = await validSeal([OLD]);
    await expect(read(oldSeal, [NEW, OLD])).resolves.toEqual(withoutRefresh());
    const newSeal = await validSeal([NEW, OLD]);
    expect(newSeal.split("*")[1]).toBe("2");
    await expect(read(newSeal, [NEW])).resolves.toEqual(withoutRefresh());
  });

  it("stops reading a secret once it is dropped", async () => {
    await expect(read(await validSeal([OLD]), [NEW])).resolves.toBeNull();
  });

  it("names each secret's seals by its rotation counter, nothing derived from the secret", () => {
    expect(passwordId(NEW)).toBe("2");
    expect(passwordId(OLD)).toBe("1");
    expect(passwordId(FOREIGN)).toBe(passwordId(NEW));
  });
});

describe("refresh cookie", () => {
  it("is attached only when it belongs to the session's user", async () => {
    const { cookies } = await sessionCookies(typicalSession(), undefined, settings);
    const live = cookies.filter((c) => c.options.maxAge > 0);
    const session = await readSession({ getAll: () => live }, { withRefreshToken: true, settings: settings });
    expect(session?.refreshToken).toBe(typicalSession().refreshToken);
    const other = await sessionCookies(
      { ...typicalSession(), user: { ...typicalSession().user, username: "mallory" } },
      undefined,
      settings,
    );
    const mixed = [
      live.find((c) => c.name === NAME)!,
      other.cookies.find((c) => c.name === cookieNames(false).refresh)!,
    ];
    expect(
      (await readSession({ getAll: () => mixed }, { withRefreshToken: true, settings: settings }))?.refreshToken,
    ).toBeUndefined();
  });
});

describe("readSession", () => {
  it("skips the refresh cookie: one unseal per request", async () => {
    const { cookies } = await sessionCookies(typicalSession(), undefined, settings);
    const live = cookies.filter((c) => c.options.maxAge > 0);
    expect((await readSession({ getAll: () => live }, { settings: settings }))?.refreshToken).toBeUndefined();
  });
});
