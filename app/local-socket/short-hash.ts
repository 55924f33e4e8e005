// FNV-1a, 64 bits, as 16 hex digits: names the socket after its settings folder. Not a security
// measure (the folder is the user's alone and every request carries a token); node:crypto would
// do as well but costs credential_process ~9 ms to load on every tool start.
const offsetBasis = 0xcbf29ce484222325n;
const prime = 0x100000001b3n;
const mask = 0xffffffffffffffffn;

export function shortHash(text: string): string {
  let hash = offsetBasis;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * prime) & mask;
  return hash.toString(16).padStart(16, '0');
}
