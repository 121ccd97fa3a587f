// The request id ties the log lines of one request together. proxy.ts gives every request one and
// returns it in the response, so a person reporting a problem can quote it. Kept apart from
// lib/log.ts so the proxy does not load the logger.
export const REQUEST_ID_HEADER = 'x-request-id';

const saneId = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Keeps an id set by a load balancer in front of the app when it is a short plain token, so its
 * logs and ours share the id; anything else (long, spaces, control characters) is replaced, so a
 * client cannot write its own text into the log.
 */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && saneId.test(incoming) ? incoming : crypto.randomUUID();
}
