import type { Page, Role, User } from '@/api/types'

export function user(overrides: Partial<User> & { id: number; role: Role }): User {
  return {
    username: `user${overrides.id}`,
    displayName: `用户${overrides.id}`,
    organization: { id: 1, name: '内蒙古自治区生态环境厅' },
    region: { code: '150000', name: '内蒙古自治区' },
    enabled: true,
    locked: false,
    lockedUntil: null,
    mustChangePassword: false,
    lastLoginAt: null,
    version: 0,
    ...overrides,
  }
}

export function page<T>(content: T[]): Page<T> {
  return { content, page: 0, size: 20, totalElements: content.length }
}
