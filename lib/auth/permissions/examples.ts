import { can } from './roles';
import type { Viewer } from './viewer';

// Learning examples: anyone signed in writes them; their author alone edits, renames or withdraws
// them; strategists and admins of the same organisation review them. Nothing is public before
// approval.

export function canEditExample(
  viewer: Pick<Viewer, 'id' | 'organisationId'>,
  example: { authorId: string; organisationId: string },
) {
  return example.organisationId === viewer.organisationId && example.authorId === viewer.id;
}

export function canReviewExample(viewer: Pick<Viewer, 'role' | 'organisationId'>, example: { organisationId: string }) {
  return example.organisationId === viewer.organisationId && can(viewer.role, 'examples:review');
}
