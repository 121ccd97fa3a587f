import type { Audience } from '@/lib/generated/sqlite/enums';
import type { AudienceKey } from '@/lib/validation/content';

export type { Audience };

/** The Swedish URL segment (/larvagar/<key>) and content key for each audience. */
export const audienceToKey: Record<Audience, AudienceKey> = {
  POLITICIAN: 'politiker',
  MANAGER: 'chef',
  STRATEGIST: 'strateg',
  EMPLOYEE: 'medarbetare',
};

export const keyToAudience = Object.fromEntries(Object.entries(audienceToKey).map(([a, k]) => [k, a])) as Record<
  AudienceKey,
  Audience
>;

export const audienceOrder: Audience[] = ['POLITICIAN', 'MANAGER', 'STRATEGIST', 'EMPLOYEE'];
