import { getClient, getPool, type Ctx } from "./context";
import { optionalString, requiredString, type Input } from "./input";
import { clientView, readClientSettings } from "./clients";
import { assertClientFeatures } from "./refresh-rotation";

/** A setting left out goes back to its default, as in Cognito; id, secret and (when none is given) name stay. */
function updateUserPoolClient(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const client = getClient(pool, requiredString(input, "ClientId"));
  const settings = readClientSettings(ctx, input);
  const clientName = optionalString(input, "ClientName") ?? client.clientName;
  const updated = { ...client, ...settings, clientName, updatedAt: ctx.now() };
  assertClientFeatures(pool, updated);
  pool.clients[client.clientId] = updated;
  return { UserPoolClient: clientView(pool.id, updated) };
}

export const updateClientOperations = { UpdateUserPoolClient: updateUserPoolClient };
