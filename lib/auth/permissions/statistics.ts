import { can } from './roles';
import { topmostPaths, type Viewer } from './viewer';

/** The whole organisation, or the paths of the units (and those below) the statistics may cover. */
export type StatisticsScope = 'organisation' | string[];

export function statisticsScope(viewer: Viewer): StatisticsScope {
  if (can(viewer.role, 'stats:view-organisation')) return 'organisation';
  return can(viewer.role, 'stats:view-units') ? topmostPaths(viewer.managedUnitPaths) : [];
}

export function isInStatisticsScope(scope: StatisticsScope, unit: { path: string }): boolean {
  return scope === 'organisation' || scope.some((path) => unit.path.startsWith(path));
}
