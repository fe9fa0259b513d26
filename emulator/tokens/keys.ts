import { createHash, createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from "node:crypto";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../store/atomic-write";
import { StoreLoadError } from "../store/store";

const KEYS_FILE = "signing-keys.json";

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Cognito signs ID and access tokens with different keys; the JWKS publishes both. */
export interface SigningKeys {
  id: SigningKey;
  access: SigningKey;
}

interface StoredKeys {
  id: string;
  access: string;
}

const generate = promisify(generateKeyPair);

function toSigningKey(privatePem: string): SigningKey {
  const privateKey = createPrivateKey(privatePem);
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: "spki", format: "der" });
  const kid = createHash("sha256").update(der).digest("base64");
  return { kid, privateKey, publicKey };
}

async function newPrivatePem(): Promise<string> {
  const { privateKey } = await generate("rsa", { modulusLength: 2048 });
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

async function generatePems(): Promise<StoredKeys> {
  const [id, access] = await Promise.all([newPrivatePem(), newPrivatePem()]);
  return { id, access };
}

const fromPems = (pems: StoredKeys): SigningKeys => ({ id: toSigningKey(pems.id), access: toSigningKey(pems.access) });

export async function generateSigningKeys(): Promise<SigningKeys> {
  return fromPems(await generatePems());
}

/** Loads the data directory's key pair, creating it on first start; a damaged key file is an error, never replaced. */
export async function loadSigningKeys(dataDir: string): Promise<SigningKeys> {
  const file = join(dataDir, KEYS_FILE);
  let text: string | null = null;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new StoreLoadError(`Cannot read the emulator signing keys ${file}: ${(error as Error).message}`);
    }
  }
  if (text === null) {
    const pems = await generatePems();
    await writeFileAtomic(file, JSON.stringify(pems));
    return fromPems(pems);
  }
  try {
    return fromPems(JSON.parse(text) as StoredKeys);
  } catch (error) {
    throw new StoreLoadError(
      `The emulator signing keys ${file} are corrupt (${(error as Error).message}). Delete the file to generate new keys.`,
    );
  }
}
