import type { Role } from '@/api/types'

/**
 * The one policy of who acts as a region's subject, as the server keeps it in
 * `procedure.SubjectRoles` (FrontEndContractTest checks each array against it). Pages ask here
 * instead of keeping their own lists of roles; the server still checks every act.
 */

/** The creation subject itself: a county's government, or a league's or city's that is a subject (IM eco-civ art. 2). */
export const SUBJECT_GOVERNMENT_ROLES = ['COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT'] as const satisfies readonly Role[]

/** Who publishes to a region's public column: the governments and the other construction subjects (IM eco-civ art. 8). */
export const PUBLISHER_ROLES = ['COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT'] as const satisfies readonly Role[]

/** Who enters and submits a region's own indicator values (each for the region the user sits at). */
export const REPORTING_ROLES = [
  'PROVINCE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'PREFECTURE_STAFF',
  'COMMITTEE_OFFICE',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
] as const satisfies readonly Role[]

/** Whether `role` is one of `roles` (the arrays above are read-only tuples). */
export function roleIn(roles: readonly Role[], role: Role | null | undefined): boolean {
  return role != null && roles.includes(role)
}
