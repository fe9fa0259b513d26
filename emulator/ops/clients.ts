import { epochSeconds } from "../clock";
import { invalidParameter } from "../errors";
import { newClientId, newClientSecret } from "../ids";
import type { ClientRecord } from "../store/types";
import { assertLifetimes, isTokenUnit } from "../tokens/lifetimes";
import { getClient, getPool, type Ctx } from "./context";
import { assertClientFeatures, readRotation } from "./refresh-rotation";
import {
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  requiredString,
  stringList,
  type Input,
} from "./input";

const AUTH_FLOWS = new Set([
  "ADMIN_NO_SRP_AUTH",
  "CUSTOM_AUTH_FLOW_ONLY",
  "USER_PASSWORD_AUTH",
  "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
  "ALLOW_USER_AUTH",
]);
/** What Cognito allows when a client is created without ExplicitAuthFlows. */
const DEFAULT_FLOWS = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"];

function readUnits(input: Input): ClientRecord["tokenValidityUnits"] {
  const units = optionalObject(input, "TokenValidityUnits");
  if (!units) return undefined;
  for (const [key, value] of Object.entries(units)) {
    if (!isTokenUnit(value)) throw invalidParameter(`Invalid TokenValidityUnits.${key}: ${String(value)}`);
  }
  return units as ClientRecord["tokenValidityUnits"];
}

function readFlows(input: Input): string[] {
  const flows = stringList(input, "ExplicitAuthFlows");
  const bad = flows?.find((flow) => !AUTH_FLOWS.has(flow));
  if (bad) throw invalidParameter(`Invalid ExplicitAuthFlows value: ${bad}`);
  return flows ?? DEFAULT_FLOWS;
}

function readPrevention(input: Input): ClientRecord["preventUserExistenceErrors"] {
  const value = optionalString(input, "PreventUserExistenceErrors") ?? "LEGACY";
  if (value !== "ENABLED" && value !== "LEGACY") {
    throw invalidParameter(`Invalid PreventUserExistenceErrors value: ${value}`);
  }
  return value;
}

type ClientSettings = Omit<ClientRecord, "clientId" | "clientName" | "clientSecret" | "createdAt" | "updatedAt">;

export function readClientSettings(ctx: Ctx, input: Input): ClientSettings {
  const settings: ClientSettings = {
    explicitAuthFlows: readFlows(input),
    preventUserExistenceErrors: readPrevention(input),
    enableTokenRevocation: optionalBoolean(input, "EnableTokenRevocation") ?? true,
    accessTokenValidity: optionalNumber(input, "AccessTokenValidity"),
    idTokenValidity: optionalNumber(input, "IdTokenValidity"),
    refreshTokenValidity: optionalNumber(input, "RefreshTokenValidity") || 30,
    tokenValidityUnits: readUnits(input),
    refreshTokenRotation: readRotation(input),
  };
  assertLifetimes(settings, ctx.allowShortTokens);
  return settings;
}

function createUserPoolClient(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const clientName = requiredString(input, "ClientName");
  const settings = readClientSettings(ctx, input);
  const now = ctx.now();
  const client: ClientRecord = {
    clientId: newClientId(),
    clientName,
    ...(optionalBoolean(input, "GenerateSecret") ? { clientSecret: newClientSecret() } : {}),
    ...settings,
    createdAt: now,
    updatedAt: now,
  };
  assertClientFeatures(pool, client);
  pool.clients[client.clientId] = client;
  return { UserPoolClient: clientView(pool.id, client) };
}

export function clientView(poolId: string, client: ClientRecord) {
  return {
    UserPoolId: poolId,
    ClientName: client.clientName,
    ClientId: client.clientId,
    ...(client.clientSecret ? { ClientSecret: client.clientSecret } : {}),
    CreationDate: epochSeconds(client.createdAt),
    LastModifiedDate: epochSeconds(client.updatedAt),
    RefreshTokenValidity: client.refreshTokenValidity,
    ...(client.accessTokenValidity !== undefined ? { AccessTokenValidity: client.accessTokenValidity } : {}),
    ...(client.idTokenValidity !== undefined ? { IdTokenValidity: client.idTokenValidity } : {}),
    ...(client.tokenValidityUnits ? { TokenValidityUnits: client.tokenValidityUnits } : {}),
    ExplicitAuthFlows: client.explicitAuthFlows,
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: client.preventUserExistenceErrors,
    EnableTokenRevocation: client.enableTokenRevocation,
    EnablePropagateAdditionalUserContextData: false,
    ...(client.refreshTokenRotation ? { RefreshTokenRotation: client.refreshTokenRotation } : {}),
    AuthSessionValidity: 3,
  };
}

function describeUserPoolClient(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  return { UserPoolClient: clientView(pool.id, getClient(pool, requiredString(input, "ClientId"))) };
}

function listUserPoolClients(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const max = optionalNumber(input, "MaxResults") ?? 60;
  if (!Number.isInteger(max) || max < 1 || max > 60) {
    throw invalidParameter(
      "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 60",
    );
  }
  const clients = Object.values(pool.clients).sort(
    (a, b) => a.createdAt - b.createdAt || a.clientId.localeCompare(b.clientId),
  );
  const after = optionalString(input, "NextToken");
  const start = after ? clients.findIndex((client) => client.clientId === after) + 1 : 0;
  const page = clients.slice(start, start + max);
  const last = page[page.length - 1];
  return {
    UserPoolClients: page.map((client) => ({
      ClientId: client.clientId,
      UserPoolId: pool.id,
      ClientName: client.clientName,
    })),
    ...(last && start + max < clients.length ? { NextToken: last.clientId } : {}),
  };
}

export const clientOperations = {
  CreateUserPoolClient: createUserPoolClient,
  DescribeUserPoolClient: describeUserPoolClient,
  ListUserPoolClients: listUserPoolClients,
};
