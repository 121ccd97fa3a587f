import { notFound } from '@/lib/errors';
import type { ActionState } from './state';

/** A form's state that also carries what was typed, so a refused form shows it again. */
export type FormState = ActionState & { values?: Record<string, string> };

export function textFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((n) => [n, typeof formData.get(n) === 'string' ? (formData.get(n) as string) : '']),
  );
}

/** A record id from a hidden field; anything odd is "not found", like an id of another organisation. */
export function idField(formData: FormData, name = 'id'): string {
  const value = formData.get(name);
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) throw notFound();
  return value;
}
