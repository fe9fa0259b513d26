import { invalidParameter } from "../errors";
import type { ClientRecord, TokenUnit } from "../store/types";

type TokenKind = "access" | "id" | "refresh";
type Validity = Pick<
  ClientRecord,
  "accessTokenValidity" | "idTokenValidity" | "refreshTokenValidity" | "tokenValidityUnits"
>;

const UNIT_SECONDS: Record<TokenUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };
const UNIT_FIELD = { access: "AccessToken", id: "IdToken", refresh: "RefreshToken" } as const;
const DEFAULT_UNIT: Record<TokenKind, TokenUnit> = { access: "hours", id: "hours", refresh: "days" };
const DEFAULT_SECONDS: Record<TokenKind, number> = { access: 3600, id: 3600, refresh: 30 * 86400 };
/** Cognito's documented ranges: access and ID tokens 5 minutes to 1 day, refresh tokens 60 minutes to 10 years. */
const RANGE: Record<TokenKind, [number, number, string]> = {
  access: [300, 86400, "between 5 minutes and 1 day"],
  id: [300, 86400, "between 5 minutes and 1 day"],
  refresh: [3600, 3650 * 86400, "between 60 minutes and 10 years"],
};

export const isTokenUnit = (value: unknown): value is TokenUnit => typeof value === "string" && value in UNIT_SECONDS;

function validity(client: Validity, kind: TokenKind): number | undefined {
  if (kind === "access") return client.accessTokenValidity;
  if (kind === "id") return client.idTokenValidity;
  return client.refreshTokenValidity;
}

export function lifetimeSeconds(client: Validity, kind: TokenKind): number {
  const value = validity(client, kind);
  if (value === undefined) return DEFAULT_SECONDS[kind];
  const unit = client.tokenValidityUnits?.[UNIT_FIELD[kind]] ?? DEFAULT_UNIT[kind];
  return value * UNIT_SECONDS[unit];
}

/** Rejects lifetimes outside Cognito's ranges; `allowShort` lowers every minimum to one second for tests. */
export function assertLifetimes(client: Validity, allowShort: boolean): void {
  for (const kind of ["access", "id", "refresh"] as const) {
    const value = validity(client, kind);
    if (value === undefined) continue;
    const seconds = lifetimeSeconds(client, kind);
    const [min, max, range] = RANGE[kind];
    if (!Number.isInteger(value) || seconds < (allowShort ? 1 : min) || seconds > max) {
      throw invalidParameter(`Invalid range for token validity: ${UNIT_FIELD[kind]}Validity must be ${range}.`);
    }
  }
}
