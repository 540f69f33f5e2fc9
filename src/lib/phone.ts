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

const keypad = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];

/**
 * The digits a written number dials, letters as on a phone keypad and without the US country code:
 * "1-800-662-HELP (4357)" and "+18006624357" both give "8006624357"; "911" gives "911". Where a
 * number is followed by its digits in brackets, as SAMHSA writes it, only the letters count.
 */
export function dialDigits(written: string): string {
  const spelled = written.replace(/\s*\(\d+\)\s*$/, '');
  const digits = [...spelled.toLowerCase()]
    .map((char) => {
      if (/\d/.test(char)) return char;
      const key = keypad.findIndex((letters) => letters.includes(char));
      return key === -1 ? '' : String(key + 2);
    })
    .join('');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
