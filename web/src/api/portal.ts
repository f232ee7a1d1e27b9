import { http } from './http'
import { downloadWorkbook } from './indicator'
import { listParams } from '@/utils/listQuery'
import type { Page } from './types'
import type { Programme, RegulationSummary } from './regulation'
import type { NoticeSummary } from './publicity'
import type { PublicTitle } from './title'
import type { components } from './schema'

/** Types and calls of the public column (docs/api.md, Public column; IM eco-civ art. 8, IM Two Mountains art. 7). */

export const COLUMN_ITEM_KINDS = ['PROGRESS', 'KEY_WORK', 'RESULT'] as const
export type ColumnItemKind = (typeof COLUMN_ITEM_KINDS)[number]

export const PUBLIC_PLAN_STATES = ['DRAFT', 'IN_PROGRESS', 'RETURNED', 'FILED', 'IN_FORCE', 'EXPIRED'] as const
export type PublicPlanState = (typeof PUBLIC_PLAN_STATES)[number]

type Schemas = components['schemas']

/** A plan of the subject as the public column lists it (the plan module's record). */
export type PublicPlan = Schemas['cn.ecozone.plan.PublicPlan']

/** Where an item stands on its way to the public (先审后发, issue 14 §7): only PUBLISHED is public. */
export const COLUMN_ITEM_STATES = ['DRAFT', 'PENDING', 'RETURNED', 'APPROVED', 'PUBLISHED', 'WITHDRAWN'] as const
export type ColumnItemState = (typeof COLUMN_ITEM_STATES)[number]

/** An image (shown inline) or an attachment (downloaded) of an item. */
export type ColumnFile = Schemas['cn.ecozone.portal.ColumnItem.ColumnFile']

/** An item of the subject's own column with its way to the public; `programme` and `kind` narrowed. */
export type ColumnItem = Omit<Schemas['cn.ecozone.portal.ColumnItem'], 'programme' | 'kind'> & {
  programme: Programme
  kind: ColumnItemKind
}

/**
 * A published item as the public reads it (review s15 #6): what, when and by which organization
 * (`publisher`: the region's name for items from before 先审后发); nothing of the staff's workflow.
 */
export type PublicColumnItem = Omit<Schemas['cn.ecozone.portal.PublicColumnItem'], 'kind'> & { kind: ColumnItemKind }

/** A subject's public column: its plans and a page of the published items, newest first. */
export type PublicColumn = Omit<Schemas['cn.ecozone.portal.PublicColumn'], 'programme' | 'items'> & {
  programme: Programme
  items: Page<PublicColumnItem>
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

/**
 * The own column's filters (issue 14 §6): `q` part of the title, `year` the year drafted, `sort` `key`
 * or `-key` of drafted, published, title, state, kind.
 */
export type ColumnItemFilter = {
  q?: string | null
  state?: ColumnItemState | null
  kind?: ColumnItemKind | null
  year?: number | null
  sort?: string | null
}

/** A page (0-based) of the logged-in subject's region's items for a programme (every state but withdrawn), newest first. */
export async function listColumnItems(
  programme: Programme,
  page = 0,
  size = 20,
  filter: ColumnItemFilter = {},
): Promise<Page<ColumnItem>> {
  const { data } = await http.get<Page<ColumnItem>>('/api/column-items', {
    params: { ...listParams(filter), programme, page, size },
  })
  return data
}

/** The own column with these filters as an .xlsx workbook (what the list shows, issue 14 §5). */
export async function exportColumnItems(programme: Programme, filter: ColumnItemFilter): Promise<void> {
  await downloadWorkbook('/api/column-items/export', { ...listParams(filter), programme }, 'column-items.xlsx')
}

/** A page (0-based) of the submitted items the logged-in user may approve or return, oldest first. */
export async function listAwaitingColumnItems(page = 0, size = 20): Promise<Page<ColumnItem>> {
  const { data } = await http.get<Page<ColumnItem>>('/api/column-items/awaiting', { params: { page, size } })
  return data
}

/** Drafts an item for the subject's own column (not public until approved and published). */
export async function draftColumnItem(body: ColumnItemRequest): Promise<ColumnItem> {
  const { data } = await http.post<ColumnItem>('/api/column-items', body)
  return data
}

/** Changes the text of a draft or returned item; a stale version → 409. */
export async function updateColumnItem(id: number, version: number, body: ColumnItemRequest): Promise<ColumnItem> {
  const { data } = await http.put<ColumnItem>(`/api/column-items/${id}`, body, { params: { version } })
  return data
}

export type ColumnStep = 'submit' | 'approve' | 'publish'

/** Submits, approves or publishes an item (先审后发); the server refuses a step out of order with 409. */
export async function columnItemStep(item: ColumnItem, step: ColumnStep): Promise<ColumnItem> {
  const { data } = await http.post<ColumnItem>(`/api/column-items/${item.id}/${step}`, {}, { params: { version: item.version } })
  return data
}

/** Returns a submitted item to its drafter with the reason. */
export async function returnColumnItem(item: ColumnItem, reason: string): Promise<ColumnItem> {
  const { data } = await http.post<ColumnItem>(`/api/column-items/${item.id}/return`, { reason }, { params: { version: item.version } })
  return data
}

/** Takes an item down; a stale version → 409. */
export async function withdrawColumnItem(id: number, version: number): Promise<void> {
  await http.delete(`/api/column-items/${id}`, { params: { version } })
}

/** Adds an image (PNG or JPEG) or an attachment to a draft or returned item. */
export async function addColumnFile(item: ColumnItem, file: File, image: boolean): Promise<ColumnItem> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<ColumnItem>(`/api/column-items/${item.id}/files`, form, {
    params: { version: item.version, image },
    // silent: the page shows the refusal beside the item's upload buttons (uploadError.ts)
    silent: true,
  })
  return data
}

/** Removes a file of a draft or returned item. */
export async function removeColumnFile(item: ColumnItem, documentId: number): Promise<ColumnItem> {
  const { data } = await http.delete<ColumnItem>(`/api/column-items/${item.id}/files/${documentId}`, {
    params: { version: item.version },
  })
  return data
}

/** Where the staff read a file of an item they draft or approve. */
export function columnFileUrl(itemId: number, documentId: number): string {
  return `/api/column-items/${itemId}/files/${documentId}`
}

/** Where anybody reads a file of a published item. */
export function publicColumnFileUrl(itemId: number, documentId: number): string {
  return `/api/public/column-items/${itemId}/files/${documentId}`
}

/** A subject's column for a programme on the portal home: how many items it published, the latest when. */
export type HomeColumn = Omit<Schemas['cn.ecozone.portal.PortalHome.HomeColumn'], 'programme'> & { programme: Programme }

/**
 * The public portal home (issue 14 §7): capped lists of what is public; each links to its full page.
 * The titles and regulations stay their modules' hand-written types until those modules migrate.
 */
export type PortalHome = Omit<Schemas['cn.ecozone.portal.PortalHome'], 'programmes' | 'columns' | 'notices' | 'titles' | 'regulations'> & {
  programmes: Programme[]
  columns: HomeColumn[]
  notices: NoticeSummary[]
  titles: PublicTitle[]
  regulations: RegulationSummary[]
}

/** The public portal home, read without a login. */
export async function getPortalHome(): Promise<PortalHome> {
  const { data } = await http.get<PortalHome>('/api/public/portal', { silent: true, skipAuthRedirect: true })
  return data
}
