// Loads the self-assessment questionnaire from content/ as an edition of the host organisation.
// A new version number in the file becomes a new edition; rounds keep the edition they answered.
import type { Db } from '../../lib/db-factory';
import { loadSelfAssessment } from '../../lib/content/loader';

export async function seedSelfAssessment(db: Db, organisationId: string): Promise<{ created: boolean }> {
  const { data, body } = loadSelfAssessment();
  const exists = await db.selfAssessmentVersion.findUnique({
    where: { organisationId_version: { organisationId, version: data.version } },
    select: { id: true },
  });
  if (exists) return { created: false };
  const { title, version, levels, areas } = data;
  await db.selfAssessmentVersion.create({
    data: {
      organisationId,
      version,
      title,
      intro: body,
      definition: JSON.stringify({ title, version, levels, areas }),
    },
  });
  return { created: true };
}
