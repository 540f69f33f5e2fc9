/**
 * US phone numbers are stored once, in E.164 form (+1 and ten digits), and
 * every form people see or tap is derived from that one value.
 */
const northAmericanNumber = /^\+1([2-9]\d{2})([2-9]\d{2})(\d{4})$/;

export function isNorthAmericanNumber(e164: string): boolean {
  return northAmericanNumber.test(e164);
}

function parts(e164: string): [string, string, string] {
  const match = northAmericanNumber.exec(e164);
  if (!match) {
    throw new Error(`"${e164}" is not a US phone number in E.164 form; expected +1 and ten digits, e.g. +18557861978.`);
  }
  return [match[1]!, match[2]!, match[3]!];
}

/** "+18557861978" → "(855) 786-1978", the form people read. */
export function displayPhone(e164: string): string {
  const [area, exchange, line] = parts(e164);
  return `(${area}) ${exchange}-${line}`;
}

/** "+18557861978" → "tel:+18557861978", the form a phone dials. */
export function telHref(e164: string): string {
  parts(e164);
  return `tel:${e164}`;
}
