import type { Claim } from '../../analysis/types';
import { ApiError } from './ApiError';

/** ?kind=claim|non-claim|all (default all). */
export function claimKindFilter(url: URL): (c: Claim) => boolean {
  const kind = url.searchParams.get('kind') ?? 'all';
  if (kind !== 'all' && kind !== 'claim' && kind !== 'non-claim') {
    throw new ApiError(400, 'bad_parameter', 'kind must be claim, non-claim or all.', 'kind');
  }
  return (c) => kind === 'all' || c.kind === kind;
}
