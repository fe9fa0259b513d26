import { invalidParameter } from "../errors";
import type { ClientRecord } from "../store/types";

export function assertFlowAllowed(client: ClientRecord, flow: string): void {
  const allowed = client.explicitAuthFlows.includes(`ALLOW_${flow}`) || client.explicitAuthFlows.includes(flow);
  if (!allowed) throw invalidParameter(`${flow} flow not enabled for this client`);
}

export function param(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (!value) throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}
