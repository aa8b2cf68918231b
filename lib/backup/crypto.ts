import { BACKUP_VERSION, ENCRYPTED_FORMAT, type EncryptedBackup } from './schema';

/** docs/ARCHITECTURE.md, "Backups": PBKDF2-SHA-256 with at least 600,000 iterations, AES-GCM-256. */
export const ITERATIONS = 600_000;
const CHECK_WORD = 'redirection';

export class DecryptError extends Error {
  /** `wrongOrChanged`: an older file without a digest, where the two can't be told apart. */
  constructor(readonly code: 'wrongPassphrase' | 'damaged' | 'wrongOrChanged') {
    super(code);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(out);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: CryptoKey, plain: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(sealed)) };
}

async function open(key: CryptoKey, iv: string, ciphertext: string): Promise<string> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(iv) },
    key,
    fromBase64(ciphertext),
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

/** SHA-256 over every field but the digest itself, in a fixed order. */
export async function digestOf(file: Omit<EncryptedBackup, 'digest'>): Promise<string> {
  const fields = [
    file.format,
    file.version,
    file.kdf.name,
    file.kdf.hash,
    file.kdf.iterations,
    file.cipher ?? '',
    file.salt,
    file.iv,
    file.check?.iv ?? '',
    file.check?.ciphertext ?? '',
    file.ciphertext,
  ];
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(fields)));
  return toBase64(new Uint8Array(hash));
}

/** False when the file carries a digest that its fields no longer match. */
export async function intact(file: EncryptedBackup): Promise<boolean> {
  const { digest, ...rest } = file;
  return digest === undefined || digest === (await digestOf(rest));
}

/** Seals a backup's JSON text with a key made from the passphrase. */
export async function encryptText(
  plain: string,
  passphrase: string,
  iterations = ITERATIONS,
): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  const body = await seal(key, plain);
  const file = {
    format: ENCRYPTED_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations },
    cipher: 'AES-GCM-256',
    salt: toBase64(salt),
    ...body,
    check: await seal(key, CHECK_WORD),
  } as const;
  return { ...file, digest: await digestOf(file) };
}

/**
 * Opens a sealed backup. AES-GCM can't tell a wrong key from changed bytes, so the digest first
 * says whether the file is as it was written, and a small known word sealed alongside then says
 * whether the passphrase is right. Checking the digest first also spares a damaged file the
 * 600,000 rounds of key derivation.
 */
export async function decryptText(file: EncryptedBackup, passphrase: string): Promise<string> {
  if (!(await intact(file))) throw new DecryptError('damaged');
  const unsure = file.digest === undefined ? 'wrongOrChanged' : 'wrongPassphrase';
  let salt: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(file.salt);
  } catch {
    throw new DecryptError('damaged');
  }
  if (salt.length < 16) throw new DecryptError('damaged');
  const key = await deriveKey(passphrase, salt, file.kdf.iterations);
  if (file.check) {
    const ok = await open(key, file.check.iv, file.check.ciphertext).then(
      (w) => w === CHECK_WORD,
      () => false,
    );
    if (!ok) throw new DecryptError(unsure);
  }
  try {
    return await open(key, file.iv, file.ciphertext);
  } catch {
    throw new DecryptError(file.check ? 'damaged' : unsure);
  }
}
