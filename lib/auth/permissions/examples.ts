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

/**
 * Who reads an example, its page and its files alike: the author in any state; the
 * organisation's reviewers unless it was withdrawn; once approved, everyone signed in to the
 * organisation and, without signing in, anyone when the organisation makes its examples public.
 */
export function canReadExample(
  reader: Pick<Viewer, 'id' | 'organisationId' | 'role'> | null,
  example: { authorId: string; organisationId: string; status: string; organisationPublic: boolean },
): boolean {
  if (!reader) return example.status === 'APPROVED' && example.organisationPublic;
  if (canEditExample(reader, example)) return true;
  if (example.organisationId !== reader.organisationId) return false;
  return example.status === 'APPROVED' || (example.status !== 'WITHDRAWN' && canReviewExample(reader, example));
}
