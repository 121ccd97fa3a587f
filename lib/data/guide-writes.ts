import 'server-only';
import { db } from '@/lib/db';
import * as history from './guide-history';
import * as publish from './guide-publish';
import * as store from './guide-store';

// The app's guidance writes: guide-store's, guide-publish's and guide-history's functions bound to
// the app's client. They take the client so tests and the seed can pass their own; actions call
// these and never hold it.

type Options<F extends (options: never) => unknown> = Omit<Parameters<F>[0], 'db'>;

export const createGuide = (options: Options<typeof store.createGuide>) => store.createGuide({ ...options, db });
export const saveGuide = (options: Options<typeof store.saveGuide>) => store.saveGuide({ ...options, db });
export const publishLatest = (options: Options<typeof publish.publishLatest>) =>
  publish.publishLatest({ ...options, db });
export const restoreRevision = (options: Options<typeof history.restoreRevision>) =>
  history.restoreRevision({ ...options, db });
export const unpublishGuide = (options: Options<typeof publish.unpublishGuide>) =>
  publish.unpublishGuide({ ...options, db });
export const deleteGuide = (options: Options<typeof history.deleteGuide>) => history.deleteGuide({ ...options, db });
