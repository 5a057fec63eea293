// Name-based UUIDs (RFC 9562 version 5: SHA-1 of namespace + name), so an automatic annotation exported twice
// keeps its id and tools that import it again update it instead of duplicating it.
// Uses Web Crypto, which Node (>= 19), browsers and service workers all provide.

/** PolicyLens' own namespace for version-5 ids (a fixed random UUID; never change it or every id changes). */
export const POLICYLENS_NAMESPACE = "5d0c2a0e-8f3b-4c1e-9a57-3f6d2b1e7c44";

const VERSION_5 = 0x50;
const RFC_VARIANT = 0x80;

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The version-5 UUID of `name` in `namespace`. */
export async function uuidV5(name: string, namespace: string = POLICYLENS_NAMESPACE): Promise<string> {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace));
  input.set(nameBytes, 16);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-1", input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | VERSION_5;
  hash[8] = (hash[8]! & 0x3f) | RFC_VARIANT;
  return formatUuid(hash);
}
