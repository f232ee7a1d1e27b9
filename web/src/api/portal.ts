import { http } from './http'
import type { Page } from './types'
import type { Programme } from './regulation'

/** Types and calls of the public column (docs/api.md, Public column; IM eco-civ art. 8, IM Two Mountains art. 7). */

export const COLUMN_ITEM_KINDS = ['PROGRESS', 'KEY_WORK', 'RESULT'] as const
export type ColumnItemKind = (typeof COLUMN_ITEM_KINDS)[number]

export const PUBLIC_PLAN_STATES = ['DRAFT', 'IN_PROGRESS', 'RETURNED', 'FILED', 'IN_FORCE', 'EXPIRED'] as const
export type PublicPlanState = (typeof PUBLIC_PLAN_STATES)[number]

export type PublicPlan = {
  id: number
  title: string
  periodStart: number
  periodEnd: number
  revision: number
  state: PublicPlanState
  promulgationBody: string | null
  promulgatedOn: string | null
  promulgationNumber: string | null
  filedOn: string | null
  hasText: boolean
}

export type ColumnItem = {
  id: number
  regionCode: string
  programme: Programme
  kind: ColumnItemKind
  title: string
  body: string
  publishedBy: string
  publishedAt: string
  version: number
}

export type PublicColumn = {
  regionCode: string
  regionName: string
  programme: Programme
  plans: PublicPlan[]
  /** A page of the published items, newest first (issue 10: every list is paged). */
  items: Page<ColumnItem>
}

export type ColumnItemRequest = {
  programme: Programme
  kind: ColumnItemKind
  title: string
  body: string
}

const enc = encodeURIComponent

/**
 * A subject's public column for one programme with the given page of its items (0-based), read without
 * a login; 404 for an unknown region or programme (the page shows errors itself).
 */
export async function getPublicColumn(region: string, programme: string, page = 0, size = 10): Promise<PublicColumn> {
  const { data } = await http.get<PublicColumn>(`/api/public/columns/${enc(region)}/${enc(programme)}`, {
    params: { page, size },
    silent: true,
    skipAuthRedirect: true,
  })
  return data
}

/** Where the text of a promulgated plan is downloaded (anybody). */
export function publicPlanDocumentUrl(id: number): string {
  return `/api/public/plans/${id}/document`
}

/** A page (0-based) of the logged-in subject's own published items for a programme, newest first. */
export async function listColumnItems(programme: Programme, page = 0, size = 20): Promise<Page<ColumnItem>> {
  const { data } = await http.get<Page<ColumnItem>>('/api/column-items', { params: { programme, page, size } })
  return data
}

/** Publishes an item to the subject's own column. */
export async function publishColumnItem(body: ColumnItemRequest): Promise<ColumnItem> {
  const { data } = await http.post<ColumnItem>('/api/column-items', body)
  return data
}

/** Takes an item down; a stale version → 409. */
export async function withdrawColumnItem(id: number, version: number): Promise<void> {
  await http.delete(`/api/column-items/${id}`, { params: { version } })
}
