import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { canViewPerson, managesUnits, organisationWhere, personScopeWhere, type Viewer } from '@/lib/auth/permissions';
import { notFound } from '@/lib/errors';

export type PersonSummary = {
  id: string;
  name: string;
  /** null: staff with no address (they have no account and get no mail). */
  email: string | null;
  role: string;
  audience: string;
  unitName: string | null;
  active: boolean;
};

const personSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  audience: true,
  active: true,
  organisationId: true,
  unit: { select: { name: true, path: true } },
} as const;

/** One person, if the viewer may see them; otherwise "not found" (the answer never confirms they exist). */
export const getPersonForViewer = cache(async (viewer: Viewer, id: string): Promise<PersonSummary> => {
  const person = await db.user.findFirst({ where: { id, ...organisationWhere(viewer) }, select: personSelect });
  if (
    !person ||
    !canViewPerson(viewer, {
      id: person.id,
      organisationId: person.organisationId,
      unitPath: person.unit?.path ?? null,
    })
  ) {
    throw notFound('Personen finns inte eller ligger utanför det du har behörighet till.');
  }
  return toSummary(person);
});

/** Active people in the units the viewer manages and every unit below them, in one query. */
export const listTeam = cache(async (viewer: Viewer): Promise<PersonSummary[]> => {
  if (!managesUnits(viewer)) return [];
  const people = await db.user.findMany({
    where: { ...personScopeWhere(viewer), active: true },
    select: personSelect,
    orderBy: { name: 'asc' },
  });
  return people.map(toSummary);
});

function toSummary(p: {
  id: string;
  name: string;
  email: string | null;
  role: string;
  audience: string;
  active: boolean;
  unit: { name: string } | null;
}): PersonSummary {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    role: p.role,
    audience: p.audience,
    unitName: p.unit?.name ?? null,
    active: p.active,
  };
}

/** Everyone in the viewer's organisation (administrators only; the caller checks the permission). */
export const listOrganisationPeople = cache(async (viewer: Viewer): Promise<PersonSummary[]> => {
  const people = await db.user.findMany({
    where: { organisationId: viewer.organisationId },
    select: personSelect,
    orderBy: { name: 'asc' },
  });
  return people.map(toSummary);
});
