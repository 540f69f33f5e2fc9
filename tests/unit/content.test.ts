import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { assertReviewersExist, type MedicalEntry, type StaffEntry } from '../../src/lib/content';

describe('the real content', () => {
  it('has at least one entry in every collection', async () => {
    for (const collection of ['education', 'treatments', 'staff'] as const) {
      expect((await getCollection(collection)).length, collection).toBeGreaterThan(0);
    }
  });

});

describe('the reviewer guard', () => {
  it('names the file, the field and the staff ids to choose from when a reviewer does not exist', async () => {
    const staff = (await getCollection('staff')) as StaffEntry[];
    const [article] = await getCollection('education');
    const dangling = {
      ...article!,
      data: { ...article!.data, reviewedBy: { collection: 'staff', id: 'dr-nobody' } },
    } as MedicalEntry;
    expect(() => assertReviewersExist([dangling], staff)).toThrow(
      `${article!.filePath}: reviewedBy "dr-nobody" names no staff entry. Expected the file name (without extension) of an entry in content/staff: ${staff.map((person) => person.id).join(', ')}.`,
    );
  });

  it('finds a real staff member behind every reviewer in the real content', async () => {
    const medical = [...(await getCollection('education')), ...(await getCollection('treatments'))];
    const staff = await getCollection('staff');
    expect(() => assertReviewersExist(medical, staff)).not.toThrow();
  });
});
