import { v7 as uuidv7 } from 'uuid';

/**
 * An id for a row written in bulk: a UUIDv7 begins with the time, so rows written together sit
 * side by side in the primary-key index (and in every index led by such an id) and an import
 * appends to a few pages instead of touching a random page per row.
 */
export const newId = (): string => uuidv7();
