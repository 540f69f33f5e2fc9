import { createHash, createPublicKey, verify } from 'node:crypto';

/**
 * SSH signatures over ledger records: the format git uses for signed commits (`ssh-keygen -Y sign`,
 * PROTOCOL.sshsig). A reviewer signs the record's statement with their own key; the build checks the
 * signature with Node's crypto (Ed25519), without ssh-keygen and without the network.
 */
export const signatureNamespace = 'nirc-medical-review';

/** The exact text a signature covers: every field of the record, in a fixed order, one per line. */
export function statementOf(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}: ${value}`);
  return `${[`${signatureNamespace} record`, ...lines].join('\n')}\n`;
}

/** Reads SSH wire-format strings (uint32 length, then bytes) from a buffer. */
function reader(buffer: Buffer) {
  let offset = 0;
  return {
    bytes(count: number) {
      if (offset + count > buffer.length) throw new Error('the signature ends too early');
      const slice = buffer.subarray(offset, offset + count);
      offset += count;
      return slice;
    },
    string() {
      if (offset + 4 > buffer.length) throw new Error('the signature ends too early');
      const length = buffer.readUInt32BE(offset);
      offset += 4;
      return this.bytes(length);
    },
    uint32() {
      const value = buffer.readUInt32BE(offset);
      offset += 4;
      return value;
    },
  };
}

const sshString = (data: Buffer | string) => {
  const bytes = Buffer.from(data);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/** The key blob of an OpenSSH public key line, "ssh-ed25519 AAAA… comment". */
function keyBlobOf(line: string): Buffer {
  const [type, base64] = line.trim().split(/\s+/);
  if (type !== 'ssh-ed25519' || !base64)
    throw new Error('only ssh-ed25519 keys are supported: make one with ssh-keygen -t ed25519');
  return Buffer.from(base64, 'base64');
}

interface SshSignature {
  publicKey: Buffer;
  namespace: string;
  hashAlgorithm: string;
  signature: Buffer;
}

/** Parses an armored SSH signature (-----BEGIN SSH SIGNATURE-----…), as ssh-keygen -Y sign writes it. */
function parseSignature(armored: string): SshSignature {
  const body = /-----BEGIN SSH SIGNATURE-----([\s\S]*?)-----END SSH SIGNATURE-----/.exec(armored)?.[1];
  if (!body) throw new Error('it is not an SSH signature (-----BEGIN SSH SIGNATURE-----…)');
  const read = reader(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  if (read.bytes(6).toString() !== 'SSHSIG') throw new Error('it is not an SSH signature');
  if (read.uint32() !== 1) throw new Error('its version is not 1');
  const publicKey = read.string();
  const namespace = read.string().toString();
  read.string(); // reserved
  const hashAlgorithm = read.string().toString();
  const signature = read.string();
  return { publicKey, namespace, hashAlgorithm, signature };
}

/**
 * Why a signature does not prove that one of `keys` signed `statement`, or undefined when it does. Any
 * change to the statement after signing (a field of the record) makes the signature fail.
 */
export function signatureProblem(armored: string, statement: string, keys: string[]): string | undefined {
  let parsed: SshSignature;
  try {
    parsed = parseSignature(armored);
  } catch (error) {
    return `the signature cannot be read: ${(error as Error).message}`;
  }
  if (parsed.namespace !== signatureNamespace)
    return `the signature was made for "${parsed.namespace}", not for ${signatureNamespace}`;
  if (!['sha256', 'sha512'].includes(parsed.hashAlgorithm))
    return `the signature uses ${parsed.hashAlgorithm}, which is not supported`;
  const listed = keys.some((key) => {
    try {
      return keyBlobOf(key).equals(parsed.publicKey);
    } catch {
      return false;
    }
  });
  if (!listed) return 'the signature was made with a key that is not listed for this person (signingKeys)';
  const keyReader = reader(parsed.publicKey);
  const signatureReader = reader(parsed.signature);
  if (keyReader.string().toString() !== 'ssh-ed25519' || signatureReader.string().toString() !== 'ssh-ed25519')
    return 'only ssh-ed25519 signatures are supported';
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: keyReader.string().toString('base64url') },
    format: 'jwk',
  });
  const signed = Buffer.concat([
    Buffer.from('SSHSIG'),
    sshString(signatureNamespace),
    sshString(''),
    sshString(parsed.hashAlgorithm),
    sshString(createHash(parsed.hashAlgorithm).update(statement).digest()),
  ]);
  return verify(null, signed, key, signatureReader.string())
    ? undefined
    : 'the signature does not match the record: a field was changed after signing, or it was signed for another record';
}
