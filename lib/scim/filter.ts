import { badRequest } from './errors';

// The filters an identity provider's provisioning sends (RFC 7644 §3.4.2.2): Entra ID asks
// `userName eq "anna@sjostad.se"`, `externalId eq "…"` and, for groups, `displayName eq "…"`.
// Only equality on the attributes the portal can look up is supported; anything else is refused
// as invalidFilter rather than answered with everyone.

export type Filter = { attribute: string; value: string };

const EQ = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

export function parseFilter(text: string | null, attributes: readonly string[]): Filter | null {
  if (text === null || text.trim() === '') return null;
  const match = EQ.exec(text);
  const attribute = attributes.find((a) => a.toLowerCase() === match?.[1]?.toLowerCase());
  if (!match || !attribute) {
    throw badRequest(
      'invalidFilter',
      `Filtret stöds inte. Använd ${attributes.map((a) => `${a} eq "…"`).join(' eller ')}.`,
    );
  }
  return { attribute, value: match[2]!.replace(/\\(.)/g, '$1') };
}

export const MAX_PAGE = 100;

/** startIndex (1-based) and count, as the RFC reads them: out-of-range values are brought in range. */
export function parsePaging(params: URLSearchParams): { skip: number; take: number } {
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name) ?? fallback);
    return Number.isFinite(value) ? Math.trunc(value) : fallback;
  };
  return {
    skip: Math.max(1, number('startIndex', 1)) - 1,
    take: Math.min(MAX_PAGE, Math.max(0, number('count', MAX_PAGE))),
  };
}
