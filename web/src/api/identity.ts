import { http } from './http'
import { compactParams } from '@/utils/format'
import { downloadWorkbook } from './indicator'
import type {
  Organization,
  OrganizationCreateRequest,
  OrganizationQuery,
  OrganizationUpdateRequest,
  Page,
  PageQuery,
  Role,
  User,
  UserCreateRequest,
  UserQuery,
  UserUpdateRequest,
} from './types'
import type { components } from './schema'

/** A page of the organizations in scope (by region, name and id), filtered by region and name. */
export async function listOrganizations(query: OrganizationQuery = {}): Promise<Page<Organization>> {
  const { data } = await http.get<Page<Organization>>('/api/organizations', { params: compactParams(query) })
  return data
}

export async function createOrganization(body: OrganizationCreateRequest): Promise<Organization> {
  const { data } = await http.post<Organization>('/api/organizations', body)
  return data
}

export async function updateOrganization(id: number, body: OrganizationUpdateRequest): Promise<Organization> {
  const { data } = await http.put<Organization>(`/api/organizations/${id}`, body)
  return data
}

export async function listUsers(query: UserQuery = {}): Promise<Page<User>> {
  const { data } = await http.get<Page<User>>('/api/users', { params: compactParams(query) })
  return data
}

export async function createUser(body: UserCreateRequest): Promise<User> {
  const { data } = await http.post<User>('/api/users', body)
  return data
}

export async function updateUser(id: number, body: UserUpdateRequest): Promise<User> {
  const { data } = await http.put<User>(`/api/users/${id}`, body)
  return data
}

/** Disables a business account with a reason; its sessions end at their next request. */
export async function disableUser(id: number, reason: string, version: number): Promise<void> {
  await http.post(`/api/users/${id}/disable`, { reason, version })
}

/** Enables a disabled business account again, with a reason. */
export async function enableUser(id: number, reason: string, version: number): Promise<void> {
  await http.post(`/api/users/${id}/enable`, { reason, version })
}

/** A node of the 机构树: a region (children: its organizations and regions) or an organization. */
export type OrganizationNode = components['schemas']['cn.ecozone.identity.OrganizationNode']

/** One level of the 机构树: the provinces, a region's children, or an organization's. */
export async function organizationTree(parent: { region?: string; organization?: number } = {}): Promise<OrganizationNode[]> {
  const { data } = await http.get<OrganizationNode[]>('/api/organizations/tree', { params: compactParams(parent) })
  return data
}

/** The user list as filtered, as a workbook (never a password). */
export function exportUsers(query: UserQuery = {}): Promise<void> {
  const { page: _page, size: _size, ...filters } = query
  const params = Object.fromEntries(Object.entries(compactParams(filters)).map(([k, v]) => [k, String(v)]))
  return downloadWorkbook('/api/users/export', params, 'users.xlsx')
}

/** The organization list as filtered, as a workbook. */
export function exportOrganizations(query: OrganizationQuery = {}): Promise<void> {
  const params: Record<string, string> = {}
  if (query.region) params.region = query.region
  if (query.q) params.q = query.q
  return downloadWorkbook('/api/organizations/export', params, 'organizations.xlsx')
}

/**
 * Imports the workbook's accounts, each with the initial password its user must change at the first
 * login; the password goes as a form field before the file, never in the URL. Every wrong cell comes
 * back at once as a field error `第N行.列`, and then nothing was saved.
 */
export async function importUsers(file: File, initialPassword: string): Promise<{ saved: number }> {
  const form = new FormData()
  form.append('initialPassword', initialPassword)
  form.append('file', file)
  const { data } = await http.post<{ saved: number }>('/api/users/import', form, { timeout: 300_000, silent: true })
  return data
}

/** Imports the workbook's organizations (the export's columns); every wrong cell at once, then nothing saved. */
export async function importOrganizations(file: File): Promise<{ saved: number }> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<{ saved: number }>('/api/organizations/import', form, { timeout: 300_000, silent: true })
  return data
}

export async function unlockUser(id: number): Promise<void> {
  await http.post(`/api/users/${id}/unlock`)
}

/** Locks a business account until the security admin unlocks it; its sessions end at once. */
export async function lockUser(id: number): Promise<void> {
  await http.post(`/api/users/${id}/lock`)
}

export async function resetUserPassword(id: number, newPassword: string): Promise<void> {
  await http.post(`/api/users/${id}/password-reset`, { newPassword })
}

// ----- security settings (the security admin's) -----

/**
 * Login throttling and the absolute session lifetime (docs/api.md, Organizations and users):
 * `maxFailures` failed logins to one account from one address before that pair is blocked (3–10);
 * `lockoutMinutes` how long a block lasts, and the window failures are counted in (1–1440);
 * `addressMaxFailures` failed logins from one address, any account, before the address is blocked
 * (5–1000); `sessionLifetimeMinutes` the absolute lifetime of a session, however active (30–1440).
 */
export type SecuritySettings = components['schemas']['cn.ecozone.identity.SecuritySettings']

export async function getSecuritySettings(): Promise<SecuritySettings> {
  const { data } = await http.get<SecuritySettings>('/api/security-settings')
  return data
}

export async function updateSecuritySettings(body: SecuritySettings): Promise<SecuritySettings> {
  const { data } = await http.put<SecuritySettings>('/api/security-settings', body)
  return data
}

// ----- administrator replacement (三员分立) -----

export const REPLACEMENT_STATES = ['PROPOSED', 'APPROVED', 'DECLINED'] as const
export type ReplacementState = (typeof REPLACEMENT_STATES)[number]

/**
 * A proposal to replace an administrator account; `approverRole` is the role that neither is replaced
 * nor proposed; `decisionReason` why it was approved (optional) or declined (required), null while open.
 */
export type AdminReplacement = components['schemas']['cn.ecozone.identity.AdminReplacement']

/** An administrator account the caller may propose to replace (account fields only, no business data). */
export type AdminReplacementCandidate = components['schemas']['cn.ecozone.identity.AdminReplacement.Candidate']

/** The enabled administrator accounts of the two other roles; every administrator may call it. */
export async function listAdminReplacementCandidates(): Promise<AdminReplacementCandidate[]> {
  const { data } = await http.get<AdminReplacementCandidate[]>('/api/admin-replacements/candidates')
  return data
}

export type AdminReplacementProposal = {
  targetUserId: number
  newUsername: string
  newDisplayName: string
  initialPassword: string
  reason: string
}

/**
 * What the replacement list is narrowed to (issue 14 §6): `q` the replaced account, the successor, the
 * proposer or the reason contains it; `sort` a key of the server's whitelist (proposed, state, role,
 * successor, decided), `-` before it for descending.
 */
export type AdminReplacementQuery = PageQuery & { state?: ReplacementState; targetRole?: Role; q?: string; sort?: string }

/** A page of the proposals, newest first, of one state or all (issue 10: paged by the server). */
export async function listAdminReplacements(query: AdminReplacementQuery = {}): Promise<Page<AdminReplacement>> {
  const { data } = await http.get<Page<AdminReplacement>>('/api/admin-replacements', { params: compactParams(query) })
  return data
}

export async function proposeAdminReplacement(body: AdminReplacementProposal): Promise<AdminReplacement> {
  const { data } = await http.post<AdminReplacement>('/api/admin-replacements', body)
  return data
}

/** The approver's role approves: the old account is disabled and the successor created. */
export async function approveAdminReplacement(id: number, version: number, reason?: string): Promise<AdminReplacement> {
  const { data } = await http.post<AdminReplacement>(`/api/admin-replacements/${id}/approve`, { version, reason })
  return data
}

/** The approver's role declines, or the proposer withdraws, an open proposal, with a reason (required). */
export async function declineAdminReplacement(id: number, version: number, reason: string): Promise<AdminReplacement> {
  const { data } = await http.post<AdminReplacement>(`/api/admin-replacements/${id}/decline`, { version, reason })
  return data
}
