import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Viewer } from '@/lib/auth/permissions';
import { notFound } from '@/lib/errors';
import type { PeopleFilter } from '@/lib/validation/admin';
import { containsAnyCase } from './text-search';

// Reads for /admin. The caller has checked admin:people; every query is scoped by the viewer's
// organisation, so an id from another organisation is simply "not found".
export const PAGE_SIZE = 50;

export type AdminPerson = {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  role: string;
  audience: string;
  gender: string | null;
  active: boolean;
  unitId: string | null;
  unitName: string | null;
  unitPath: string | null;
};

const select = {
  id: true,
  name: true,
  email: true,
  employeeNumber: true,
  role: true,
  audience: true,
  gender: true,
  active: true,
  unitId: true,
  unit: { select: { name: true, path: true } },
} as const;

type Selected = {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  role: string;
  audience: string;
  gender: string | null;
  active: boolean;
  unitId: string | null;
  unit: { name: string; path: string } | null;
};
const toPerson = ({ unit, ...p }: Selected): AdminPerson => ({
  ...p,
  unitName: unit?.name ?? null,
  unitPath: unit?.path ?? null,
});

async function whereFor(viewer: Viewer, filter: Omit<PeopleFilter, 'sida'>): Promise<Prisma.UserWhereInput> {
  const conditions: Prisma.UserWhereInput[] = [{ organisationId: viewer.organisationId }];
  if (filter.status !== 'alla') conditions.push({ active: filter.status === 'aktiva' });
  if (filter.roll) conditions.push({ role: filter.roll });
  if (filter.malgrupp) conditions.push({ audience: filter.malgrupp });
  if (filter.enhet) {
    // The chosen unit and every unit below it. A unit of another organisation matches nobody.
    const unit = await db.orgUnit.findFirst({
      where: { id: filter.enhet, organisationId: viewer.organisationId },
      select: { path: true },
    });
    conditions.push(unit ? { unit: { path: { startsWith: unit.path } } } : { id: { in: [] } });
  }
  if (filter.q) {
    const q = filter.q;
    conditions.push({
      OR: [
        ...containsAnyCase(q).map((name) => ({ name })),
        { email: { contains: q.toLowerCase() } },
        { employeeNumber: q },
      ],
    });
  }
  return { AND: conditions };
}

export const listPeople = cache(async (viewer: Viewer, filter: PeopleFilter) => {
  const where = await whereFor(viewer, filter);
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filter.sida, pageCount);
  const people = await db.user.findMany({
    where,
    select,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { people: people.map(toPerson), total, page, pageCount };
});

/** Everyone matching the filter, for the CSV export (no paging), with the units they manage. */
export async function listPeopleForExport(viewer: Viewer, filter: Omit<PeopleFilter, 'sida'>) {
  const people = await db.user.findMany({
    where: await whereFor(viewer, filter),
    select: { ...select, managedUnits: { select: { unitId: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return people.map(({ managedUnits, ...p }) => ({
    ...toPerson(p),
    managedUnitIds: managedUnits.map((m) => m.unitId),
  }));
}

export const getPersonForAdmin = cache(async (viewer: Viewer, id: string) => {
  const person = await db.user.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: {
      ...select,
      scimDeletedAt: true,
      updatedAt: true,
      managedUnits: { select: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!person) throw notFound('Personen finns inte.');
  const { managedUnits, scimDeletedAt, updatedAt, ...rest } = person;
  return {
    ...toPerson(rest),
    /** The version the edit form starts from: a save after someone else's change is refused. */
    version: updatedAt.toISOString(),
    managedUnits: managedUnits.map((m) => m.unit),
    deletedByProvider: scimDeletedAt !== null,
  };
});
