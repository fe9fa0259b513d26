import { invalidParameter } from "../errors";
import type { UserRecord } from "../store/types";
import { userView } from "./attributes";
import { getPool, type Ctx } from "./context";
import { optionalNumber, optionalString, requiredString, stringList, type Input } from "./input";

const SEARCHABLE = new Set([
  "username",
  "email",
  "phone_number",
  "name",
  "given_name",
  "family_name",
  "preferred_username",
  "cognito:user_status",
  "status",
  "sub",
]);

type Predicate = (user: UserRecord) => boolean;

function valueOf(user: UserRecord, attribute: string): string | undefined {
  if (attribute === "username") return user.username;
  if (attribute === "cognito:user_status") return user.status;
  if (attribute === "status") return user.enabled ? "Enabled" : "Disabled";
  return user.attributes[attribute];
}

/** Cognito's ListUsers filter: `attribute = "value"` (exact) or `attribute ^= "value"` (prefix). */
function parseFilter(filter: string | undefined): Predicate {
  if (!filter || !filter.trim()) return () => true;
  const match = /^\s*([\w:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(filter);
  if (!match) throw invalidParameter("Error while parsing filter.");
  const [, attribute = "", operator, raw = ""] = match;
  if (!SEARCHABLE.has(attribute)) throw invalidParameter(`Invalid search attribute: ${attribute}`);
  const wanted = raw.replace(/\\(.)/g, "$1");
  return (user) => {
    const value = valueOf(user, attribute);
    if (value === undefined) return false;
    return operator === "=" ? value === wanted : value.startsWith(wanted);
  };
}

function listUsers(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const limit = optionalNumber(input, "Limit") ?? 60;
  if (!Number.isInteger(limit) || limit < 0 || limit > 60) {
    throw invalidParameter(
      "1 validation error detected: Value at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  }
  const only = stringList(input, "AttributesToGet");
  const matches = Object.values(pool.users)
    .filter(parseFilter(optionalString(input, "Filter")))
    .sort((a, b) => a.createdAt - b.createdAt || a.username.localeCompare(b.username));
  const after = optionalString(input, "PaginationToken");
  const start = after ? matches.findIndex((user) => user.username === after) + 1 : 0;
  const size = limit || 60;
  const page = matches.slice(start, start + size);
  const last = page[page.length - 1];
  return {
    Users: page.map((user) => userView(user, only)),
    ...(last && start + size < matches.length ? { PaginationToken: last.username } : {}),
  };
}

export const listUserOperations = { ListUsers: listUsers };
