import { http } from './http'
import { compactParams } from '@/utils/format'
import type {
  Organization,
  OrganizationCreateRequest,
  OrganizationQuery,
  OrganizationUpdateRequest,
  Page,
  User,
  UserCreateRequest,
  UserQuery,
  UserUpdateRequest,
} from './types'

export async function listOrganizations(query: OrganizationQuery = {}): Promise<Organization[]> {
  const { data } = await http.get<Organization[]>('/api/organizations', { params: compactParams(query) })
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

export async function unlockUser(id: number): Promise<void> {
  await http.post(`/api/users/${id}/unlock`)
}

export async function resetUserPassword(id: number, newPassword: string): Promise<void> {
  await http.post(`/api/users/${id}/password-reset`, { newPassword })
}
