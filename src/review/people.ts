import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { problemList, problemReport } from '../lib/problems.ts';
import { translatorsFile, translatorsSchema, type Translator } from '../schemas/translator.ts';
import type { Signer } from './ledger.ts';

/** The translators of content/translators.yaml; none when the file lists none. */
export function readTranslators(root = process.cwd()): Translator[] {
  const path = join(root, translatorsFile);
  const raw: unknown = existsSync(path) ? parse(readFileSync(path, 'utf8')) : null;
  const result = translatorsSchema.safeParse(raw ?? []);
  if (!result.success) throw new Error(problemReport(`${translatorsFile} is not valid:`, problemList(result.error)));
  return result.data;
}

interface StaffData {
  name: string;
  role: string;
  physician: boolean;
  translates: string[];
  signingKeys: string[];
}

/** Everyone who may sign a record: physicians and other staff by the file name of their bio, and the translators. */
export function signersOf(staff: { id: string; data: StaffData }[], translators: Translator[]): Signer[] {
  return [
    ...staff.map(({ id, data }) => ({
      id,
      name: data.name,
      role: data.role,
      physician: data.physician,
      translates: data.translates,
      signingKeys: data.signingKeys,
    })),
    ...translators.map((translator) => ({ ...translator, physician: false })),
  ];
}
