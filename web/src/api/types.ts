/** Types of the HTTP API contract (docs/api.md). */

export const ROLES = [
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDIT_ADMIN',
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
  'EXPERT',
] as const
export type Role = (typeof ROLES)[number]

/** The three administrators (三员分立): their accounts are replaced by proposal and approval, never edited. */
export const ADMIN_ROLES: readonly Role[] = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN']

/** Whether the role is one of the three administrators. */
export function isAdminRole(role: Role): boolean {
  return ADMIN_ROLES.includes(role)
}

/** The roles an administrator may give a business account. */
export const BUSINESS_ROLES: readonly Role[] = ROLES.filter((role) => !isAdminRole(role))

export const REGION_LEVELS = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP'] as const
export type RegionLevel = (typeof REGION_LEVELS)[number]

export const TERRAINS = ['MOUNTAIN', 'HILL', 'PLAIN', 'ARID_SEMI_ARID', 'UNKNOWN'] as const
export type Terrain = (typeof TERRAINS)[number]

export const ORG_KINDS = [
  'DEPARTMENT',
  'DIVISION',
  'BUREAU',
  'GOVERNMENT',
  'ADMINISTRATIVE_OFFICE',
  'COMMITTEE_OFFICE',
  'EXPERT_AFFILIATION',
  'OTHER_SUBJECT',
  'PLATFORM_OPERATIONS',
] as const
export type OrgKind = (typeof ORG_KINDS)[number]

export const UNIT_KINDS = ['WATERSHED', 'PARK', 'VILLAGE', 'OTHER'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE', 'DENIED'] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

export const DAY_KINDS = ['WORKDAY', 'WEEKEND', 'HOLIDAY', 'ADJUSTED_WORKING_DAY'] as const
export type DayKind = (typeof DAY_KINDS)[number]

export const COUNTINGS = ['NEXT_DAY', 'SAME_DAY'] as const
export type Counting = (typeof COUNTINGS)[number]

/** An RFC 9457 problem detail as the server sends it. */
export type ProblemDetail = {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: { field: string; message: string }[]
}

export type Page<T> = {
  content: T[]
  page: number
  size: number
  totalElements: number
}

export type PageQuery = {
  page?: number
  size?: number
}

export type IdName = {
  id: number
  name: string
}

export type RegionRef = {
  code: string
  name: string
  level?: RegionLevel
}

export type Me = {
  id: number
  username: string
  displayName: string
  role: Role
  organization: IdName | null
  region: RegionRef | null
  mustChangePassword: boolean
  /** What the user's province calls its levels and their governments; empty: the general words (issue 14 §6). */
  vocabulary?: LevelName[]
}

/** A province's name for one of its levels and that level's government (region data, V110). */
export type LevelName = {
  level: RegionLevel
  nameZh: string
  nameEn: string
  governmentZh: string
  governmentEn: string
}

export type LoginRequest = {
  username: string
  password: string
}

export type ChangePasswordRequest = {
  oldPassword: string
  newPassword: string
}

export type Region = {
  code: string
  name: string
  level: RegionLevel
  parentCode: string | null
  functionalZone: boolean
  terrain: Terrain
  keyEcologicalFunctionArea: boolean
  /** 有草原; null = not known. */
  grassland: boolean | null
  /** 沿海; null = not known. */
  coastal: boolean | null
  hasChildren: boolean
  version: number
  /** Only in search results, e.g. "内蒙古自治区 / 锡林郭勒盟". */
  path?: string
}

export type RegionDetail = Region & {
  ancestors: { code: string; name: string; level: RegionLevel }[]
}

export type RegionAttributesRequest = {
  terrain: Terrain
  keyEcologicalFunctionArea: boolean
  /** null sets it back to "not known". */
  grassland: boolean | null
  coastal: boolean | null
  reason: string
  version: number
}

export type ConstructionUnit = {
  id: number
  regionCode: string
  regionName: string
  name: string
  kind: UnitKind
  description: string | null
  version: number
  createdAt: string
}

export type ConstructionUnitCreateRequest = {
  regionCode: string
  name: string
  kind: UnitKind
  description: string
}

export type ConstructionUnitUpdateRequest = {
  name: string
  kind: UnitKind
  description: string
  version: number
}

export type ConstructionUnitQuery = PageQuery & {
  region?: string
  /** Only the units at the region itself, not those of its sub-regions. */
  exact?: boolean
  q?: string
  /** Only the units of this kind (issue 14 §6). */
  kind?: UnitKind | null
  /** `key` or `-key` of region, name, kind, created (issue 14 §6). */
  sort?: string | null
}

export type Organization = {
  id: number
  name: string
  kind: OrgKind
  regionCode: string | null
  regionName: string | null
  parentId: number | null
  /** The parent's name, carried by the list item (issue 10). */
  parentName: string | null
  version: number
}

export type OrganizationQuery = PageQuery & {
  region?: string
  q?: string
}

export type OrganizationCreateRequest = {
  name: string
  kind: OrgKind
  regionCode: string | null
  parentId: number | null
}

export type OrganizationUpdateRequest = OrganizationCreateRequest & {
  version: number
}

export type User = {
  id: number
  username: string
  displayName: string
  role: Role
  organization: IdName | null
  region: { code: string; name: string } | null
  enabled: boolean
  locked: boolean
  lockedUntil: string | null
  mustChangePassword: boolean
  lastLoginAt: string | null
  version: number
  /** What the province of the account's region calls its levels (empty: the general words). */
  vocabulary?: LevelName[]
}

export type UserQuery = PageQuery & {
  q?: string
  role?: Role
  /** true: enabled accounts only; false: disabled ones only. */
  enabled?: boolean
  /** The accounts of organizations in this region or below it (a region node of the 机构树). */
  region?: string
  /** The accounts of this organization and of those directly below it. */
  organization?: number
}

export type UserCreateRequest = {
  username: string
  displayName: string
  role: Role
  organizationId: number
  initialPassword: string
}

export type UserUpdateRequest = {
  displayName: string
  role: Role
  organizationId: number
  enabled: boolean
  version: number
}

