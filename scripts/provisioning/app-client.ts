import {
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  UpdateUserPoolClientCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolClientCommandInput,
  type ExplicitAuthFlowsType,
} from "@aws-sdk/client-cognito-identity-provider";

/** Seconds a rotated-out refresh token still works, for a retry whose answer was lost. */
const ROTATION_GRACE_SECONDS = 10;

interface ClientSpec {
  name: string;
  withSecret: boolean;
  /** A short access/ID token lifetime for tests of refresh; the emulator needs --allow-short-tokens below 5 minutes. */
  accessTokenValiditySeconds?: number;
  /** Rotation needs GetTokensFromRefreshToken and excludes REFRESH_TOKEN_AUTH ("Using the refresh token"). */
  rotateRefreshTokens?: boolean;
}

interface AppClient {
  clientId: string;
  clientSecret?: string;
}

export function clientNameFor(base: string | undefined, withSecret: boolean, shortSeconds?: number): string {
  const name = base ?? (withSecret ? "cruddur-web-confidential" : "cruddur-web");
  return shortSeconds === undefined ? name : `${name}-short-${shortSeconds}s`;
}

function explicitAuthFlows(rotate: boolean): ExplicitAuthFlowsType[] {
  const flows: ExplicitAuthFlowsType[] = ["ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH"];
  return rotate ? flows : [...flows, "ALLOW_REFRESH_TOKEN_AUTH"];
}

function clientInput(poolId: string, spec: ClientSpec): CreateUserPoolClientCommandInput {
  const short = spec.accessTokenValiditySeconds;
  const rotate = spec.rotateRefreshTokens ?? false;
  return {
    UserPoolId: poolId,
    ClientName: spec.name,
    GenerateSecret: spec.withSecret,
    ExplicitAuthFlows: explicitAuthFlows(rotate),
    RefreshTokenRotation: rotate
      ? { Feature: "ENABLED", RetryGracePeriodSeconds: ROTATION_GRACE_SECONDS }
      : { Feature: "DISABLED", RetryGracePeriodSeconds: 0 },
    PreventUserExistenceErrors: "ENABLED",
    EnableTokenRevocation: true,
    AccessTokenValidity: short ?? 60,
    IdTokenValidity: short ?? 60,
    RefreshTokenValidity: 30,
    TokenValidityUnits: {
      AccessToken: short === undefined ? "minutes" : "seconds",
      IdToken: short === undefined ? "minutes" : "seconds",
      RefreshToken: "days",
    },
  };
}

async function findClientId(cognito: CognitoIdentityProviderClient, poolId: string, name: string) {
  let NextToken: string | undefined;
  do {
    const page = await cognito.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60, NextToken }));
    const match = page.UserPoolClients?.find((client) => client.ClientName === name);
    if (match?.ClientId) return match.ClientId;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

/** UpdateUserPoolClient resets what it is not given, so the whole configuration goes again. */
async function updateClient(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  spec: ClientSpec,
) {
  const { GenerateSecret: _secret, ...settings } = clientInput(poolId, spec);
  await cognito.send(new UpdateUserPoolClientCommand({ ...settings, ClientId: clientId }));
  return (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId })))
    .UserPoolClient;
}

export async function ensureClient(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
  spec: ClientSpec,
): Promise<AppClient> {
  const existingId = await findClientId(cognito, poolId, spec.name);
  const client = existingId
    ? await updateClient(cognito, poolId, existingId, spec)
    : (await cognito.send(new CreateUserPoolClientCommand(clientInput(poolId, spec)))).UserPoolClient;
  if (!client?.ClientId) throw new Error(`no client id for app client "${spec.name}"`);
  if (spec.withSecret && !client.ClientSecret) {
    throw new Error(`app client "${spec.name}" exists without a secret; delete it or choose another name`);
  }
  return { clientId: client.ClientId, clientSecret: client.ClientSecret };
}
