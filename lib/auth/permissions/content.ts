import { can } from './roles';
import type { Viewer } from './viewer';

/**
 * Content (guidance, courses, paths, checklist templates) belongs to the host organisation: only
 * its strategists and admins edit it. An administrator of another organisation in the
 * installation holds 'content:edit' but not the host's content.
 */
export function canEditContent(
  viewer: Pick<Viewer, 'role' | 'organisationId'>,
  hostOrganisationId: string | null,
): boolean {
  return (
    hostOrganisationId !== null && viewer.organisationId === hostOrganisationId && can(viewer.role, 'content:edit')
  );
}
