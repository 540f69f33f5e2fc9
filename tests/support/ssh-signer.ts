import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { signatureNamespace } from '../../src/review/signature';

const sshString = (data: Buffer | string) => {
  const bytes = Buffer.from(data);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/**
 * A throwaway Ed25519 key that signs the way `ssh-keygen -Y sign` does (PROTOCOL.sshsig), for unit
 * tests that need signed ledger records without running ssh-keygen. Its public half is an OpenSSH line.
 */
export function throwawayKey(comment = 'test-key') {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(raw)]);
  return {
    publicLine: `ssh-ed25519 ${blob.toString('base64')} ${comment}`,
    sign(statement: string): string {
      const digest = createHash('sha512').update(statement).digest();
      const signed = Buffer.concat([
        Buffer.from('SSHSIG'),
        sshString(signatureNamespace),
        sshString(''),
        sshString('sha512'),
        sshString(digest),
      ]);
      const signature = Buffer.concat([sshString('ssh-ed25519'), sshString(sign(null, signed, privateKey))]);
      const version = Buffer.alloc(4);
      version.writeUInt32BE(1);
      const sshsig = Buffer.concat([
        Buffer.from('SSHSIG'),
        version,
        sshString(blob),
        sshString(signatureNamespace),
        sshString(''),
        sshString('sha512'),
        sshString(signature),
      ]);
      const lines = sshsig.toString('base64').match(/.{1,70}/g)!;
      return ['-----BEGIN SSH SIGNATURE-----', ...lines, '-----END SSH SIGNATURE-----', ''].join('\n');
    },
  };
}
