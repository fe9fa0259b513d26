import { ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { setupFixture } from "./support/fixture";
import { createConfirmedUser } from "./support/users";

const fixture = setupFixture();

// ListUsers (API reference): Filter "attribute = \"value\"" is an exact match and
// "attribute ^= \"value\"" a prefix match; users come with Username, Attributes and UserStatus.
describe("ListUsers", () => {
  it("filters on an exact email", async () => {
    const f = fixture();
    const [target] = await Promise.all([createConfirmedUser(f, "exact"), createConfirmedUser(f, "other")]);
    const { Users } = await f.cognito.send(
      new ListUsersCommand({ UserPoolId: f.poolId, Filter: `email = "${target.email}"` }),
    );
    expect(Users?.map((user) => user.Username)).toEqual([target.username]);
    expect(Users?.[0]?.UserStatus).toBe("CONFIRMED");
    expect(Users?.[0]?.Attributes?.find((a) => a.Name === "email")?.Value).toBe(target.email);
  });

  it("filters on an email prefix", async () => {
    const f = fixture();
    const tag = `prefix${Date.now()}`;
    const users = await Promise.all([
      createConfirmedUser(f, `${tag}a`),
      createConfirmedUser(f, `${tag}b`),
      createConfirmedUser(f, "unrelated"),
    ]);
    const { Users } = await f.cognito.send(new ListUsersCommand({ UserPoolId: f.poolId, Filter: `email ^= "${tag}"` }));
    expect(Users?.map((user) => user.Username).sort()).toEqual(
      users
        .slice(0, 2)
        .map((user) => user.username)
        .sort(),
    );
  });

  it("lists every user without a filter", async () => {
    const f = fixture();
    const created = await Promise.all([createConfirmedUser(f, "all"), createConfirmedUser(f, "all")]);
    const { Users } = await f.cognito.send(new ListUsersCommand({ UserPoolId: f.poolId, Limit: 60 }));
    expect(Users?.map((user) => user.Username)).toEqual(expect.arrayContaining(created.map((user) => user.username)));
  });
});
