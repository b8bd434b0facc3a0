import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// An invite code is `<teamId>.<secret>`: the team id is public (it prefixes the team's document
// names), the secret is 32 random bytes that only the team's members hold.
const teamIdAlphabet = 'abcdefghijklmnopqrstuvwxyz234567';
const inviteCodePattern = /^([a-z2-7]{10})\.([A-Za-z0-9_-]{43})$/;

export interface InviteCode {
  teamId: string;
  secret: string;
}

export function newTeamId(): string {
  return Array.from(randomBytes(10), (byte) => teamIdAlphabet[byte & 31]).join('');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatInviteCode({ teamId, secret }: InviteCode): string {
  return `${teamId}.${secret}`;
}

export function parseInviteCode(text: string): InviteCode | null {
  const match = inviteCodePattern.exec(text.trim());
  return match ? { teamId: match[1]!, secret: match[2]! } : null;
}

// The secret has 256 bits of entropy, so a plain SHA-256 is as safe to store as a slow password hash.
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const hash = hashSecret(secret);
  return hash.length === storedHash.length && timingSafeEqual(hash, storedHash);
}
