import { invalidParameter, messages, notAuthorized } from "../../errors";
import { assertSecretHash, findClient, type Ctx } from "../context";
import { challengeUser } from "../user-auth/phantom";
import { requiredString, stringMap, type Input } from "../input";
import { challengeHandlers } from "./handlers";
import { openChallenge } from "./session";

function respondToAuthChallenge(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const name = requiredString(input, "ChallengeName");
  const handler = Object.hasOwn(challengeHandlers, name) ? challengeHandlers[name] : undefined;
  if (!handler) {
    const known = Object.keys(challengeHandlers).join(", ");
    throw invalidParameter(`Unsupported challenge ${name}: the emulator answers ${known}`);
  }
  const responses = stringMap(input, "ChallengeResponses");
  const challenge = openChallenge(ctx, pool, requiredString(input, "Session"), client.clientId);
  const username = responses.USERNAME;
  if (!username) throw invalidParameter("Missing required parameter USERNAME");
  const user = challengeUser(pool, challenge, username);
  if (!user || user.username !== challenge.username || challenge.challengeName !== name) {
    throw notAuthorized(messages.sessionInvalid);
  }
  assertSecretHash(client, responses.SECRET_HASH, username);
  return handler({ ctx, pool, client, user, challenge, responses });
}

export const challengeOperations = { RespondToAuthChallenge: respondToAuthChallenge };
