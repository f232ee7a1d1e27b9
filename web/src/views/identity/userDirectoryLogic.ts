import type { OrganizationNode } from '@/api/identity'
import { isAdminRole, type Role, type User, type UserQuery } from '@/api/types'
import type { PageRequest } from '@/components/pagedTableLogic'

/** What a click on the 机构树 narrows the user list to: a region subtree or an organization. */
export type TreeSelection = { region?: string; organization?: number; label: string }

/** The status filter's choices; '' is any status. */
export type StatusFilter = '' | 'ENABLED' | 'DISABLED'

export type UserFilters = { role: Role | ''; status: StatusFilter }

/** The selection a tree node stands for: an organization by its id, a region by its code. */
export function selectionOf(node: OrganizationNode): TreeSelection {
  return node.type === 'ORGANIZATION' && node.organizationId !== null
    ? { organization: node.organizationId, label: node.name }
    : { region: node.regionCode, label: node.name }
}

/** The parameters of one page of the user list: the search text, the filters and the tree's selection. */
export function userQuery(request: PageRequest, filters: UserFilters, selection: TreeSelection | null): UserQuery {
  return {
    q: request.q,
    role: filters.role || undefined,
    enabled: filters.status === '' ? undefined : filters.status === 'ENABLED',
    region: selection?.region,
    organization: selection?.organization,
    page: request.page,
    size: request.size,
  }
}

/**
 * The status change the system admin may offer on the row: disable an enabled business account, enable
 * a disabled one; none on an administrator's account (三员分立: the server refuses it too).
 */
export function statusAction(user: Pick<User, 'role' | 'enabled'>): 'disable' | 'enable' | null {
  if (isAdminRole(user.role)) return null
  return user.enabled ? 'disable' : 'enable'
}

/** The key el-tree tells nodes apart by. */
export function nodeKey(node: OrganizationNode): string {
  return node.type === 'ORGANIZATION' ? `o${node.organizationId}` : `r${node.regionCode}`
}
