// Competence plans' end-to-end fixtures: an administration of its own, and completions of a course.
import { createStaff, createTopUnit, insertCompletion } from './team-fixtures';

/** A new administration of its own with five women and five men: both are protection blocks. */
export async function createAdministration(tag: string) {
  const { id, name } = await createTopUnit(`Planförvaltningen ${tag}`);
  const people = await createStaff({ unit: name, women: 5, men: 5, name: (gender, i) => `Plan ${gender} ${i} ${tag}` });
  return { id, name, people };
}

/** The people complete the course now. */
export async function complete(userIds: string[], slug: string) {
  for (const userId of userIds) await insertCompletion(userId, slug);
}
