import { epochSeconds } from "../clock";
import { invalidParameter } from "../errors";
import type { UserRecord } from "../store/types";

const STANDARD = new Set([
  "address",
  "birthdate",
  "email",
  "email_verified",
  "family_name",
  "gender",
  "given_name",
  "locale",
  "middle_name",
  "name",
  "nickname",
  "phone_number",
  "phone_number_verified",
  "picture",
  "preferred_username",
  "profile",
  "updated_at",
  "website",
  "zoneinfo",
]);

type AttributeList = Array<{ Name: string; Value: string }>;

/** Checks names against Cognito's standard schema (custom:* passes through) and returns them as a map. */
export function attributeMap(list: AttributeList): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { Name, Value } of list) {
    if (Name === "sub") throw invalidParameter("Cannot modify an immutable attribute: sub");
    if (!STANDARD.has(Name) && !Name.startsWith("custom:")) {
      throw invalidParameter(
        `Attributes did not conform to the schema: Type for attribute {${Name}} could not be determined`,
      );
    }
    map[Name] = Value;
  }
  return map;
}

export function toAttributeList(attributes: Record<string, string>, only?: string[]): AttributeList {
  const names = Object.keys(attributes).sort((a, b) => (a === "sub" ? -1 : b === "sub" ? 1 : 0));
  return names
    .filter((name) => !only || only.includes(name))
    .map((name) => ({ Name: name, Value: attributes[name] as string }));
}

export function userView(user: UserRecord, only?: string[]) {
  return {
    Username: user.username,
    Attributes: toAttributeList(user.attributes, only),
    UserCreateDate: epochSeconds(user.createdAt),
    UserLastModifiedDate: epochSeconds(user.updatedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
