/**
 * The branch's Ed25519 signing key: generated on first export, kept as PKCS#8 PEM
 * beside the data file (`<data file>.report-key.pem`). The 街道 registers the public
 * key's fingerprint once (read over the phone): 4 groups of 4 hex digits of its SHA-256.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const keyPathFor = (dbPath: string) => `${dbPath}.report-key.pem`;

export function loadOrCreateSigningKey(dbPath: string): KeyObject {
  const path = keyPathFor(dbPath);
  if (existsSync(path)) return createPrivateKey(readFileSync(path, 'utf8'));
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}

export function existingSigningKey(dbPath: string): KeyObject | null {
  const path = keyPathFor(dbPath);
  return existsSync(path) ? createPrivateKey(readFileSync(path, 'utf8')) : null;
}

export function publicKeyDer(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
}

/** e.g. '3F2A-09BC-77D1-E460'. */
export function fingerprintOf(spkiDer: Buffer): string {
  const hex = createHash('sha256').update(spkiDer).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/** What an officer may type: spaces, lower case, no dashes — all become '3F2A-09BC-77D1-E460'. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{16}$/.test(hex) ? hex.match(/.{4}/g)!.join('-') : null;
}
