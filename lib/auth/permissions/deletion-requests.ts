import { can } from './roles';
import type { Viewer } from './viewer';

// Requests for deletion of personal data (GDPR art. 17): a person asks on Min sida; the
// administrators of the person's own organisation handle them, nobody else, and never those of
// another organisation, whose requests are simply not there.

export function canHandleDeletionRequest(
  viewer: Pick<Viewer, 'role' | 'organisationId'>,
  request: { organisationId: string },
): boolean {
  return request.organisationId === viewer.organisationId && can(viewer.role, 'admin:people');
}

/** The requests the viewer's queue may read: their organisation's, and only with 'admin:people'. */
export function deletionRequestWhere(viewer: Pick<Viewer, 'role' | 'organisationId'>) {
  return can(viewer.role, 'admin:people')
    ? { organisationId: viewer.organisationId }
    : { organisationId: viewer.organisationId, id: { in: [] as string[] } };
}
