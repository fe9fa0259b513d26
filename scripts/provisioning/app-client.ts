import {
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolClientCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";

interface ClientSpec {
  name: string;
  withSecret: boolean;
  /** A short access/ID token lifetime for tests of refresh; the emulator needs --allow-short-tokens below 5 minutes. */
  accessTokenValiditySeconds?: number;
}

interface AppClient {
  clientId: string;
  clientSecret?: string;
}

export function clientNameFor(base: string | undefined, withSecret: boolean, shortSeconds?: number): string {
  const name = base ?? (withSecret ? "cruddur-web-confidential" : "cruddur-web");
  return shortSeconds === undefined ? name : `${name}-short-${shortSeconds}s`;
}

function clientInput(poolId: string, spec: ClientSpec): CreateUserPoolClientCommandInput {
  const short = spec.accessTokenValiditySeconds;
  return {
    UserPoolId: poolId,
    ClientName: spec.name,
    GenerateSecret: spec.withSecret,
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
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

export async function ensureClient(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
  spec: ClientSpec,
): Promise<AppClient> {
  const existingId = await findClientId(cognito, poolId, spec.name);
  const client = existingId
    ? (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: existingId })))
        .UserPoolClient
    : (await cognito.send(new CreateUserPoolClientCommand(clientInput(poolId, spec)))).UserPoolClient;
  if (!client?.ClientId) throw new Error(`no client id for app client "${spec.name}"`);
  if (spec.withSecret && !client.ClientSecret) {
    throw new Error(`app client "${spec.name}" exists without a secret; delete it or choose another name`);
  }
  return { clientId: client.ClientId, clientSecret: client.ClientSecret };
}
