import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Terrain } from './types'
import type { components } from './schema'

/**
 * Types and calls of the edition editor (EditionEditorController): a province department's drafts
 * of an indicator system, their indicators, publishing, and the edition workbook.
 */

export const EDITION_STATUSES = ['DRAFT', 'PUBLISHED'] as const
export type EditionStatus = (typeof EDITION_STATUSES)[number]

export const SCORE_METHODS = ['SHARE_MET', 'WEIGHTED'] as const
export type ScoreMethod = (typeof SCORE_METHODS)[number]

/** Terrains an indicator may be restricted to (UNKNOWN is not one). */
export const APPLY_TERRAINS = ['MOUNTAIN', 'HILL', 'PLAIN', 'ARID_SEMI_ARID'] as const satisfies readonly Terrain[]

type Schemas = components['schemas']

/**
 * The header of an edition; `version` is the edition's 版次, not the lock version; `issued` an ISO date;
 * `province` the province of a provincial edition, null for a national one. The editor sends it back
 * whole (docs/adr/0058: a schema answered and sent is described as answered).
 */
export type EditionHeader = Schemas['cn.ecozone.indicator.EditionHeader']

/** A target spec: `kind` and the kind's parameters, e.g. `{ kind: 'AT_LEAST', value: 60 }` (client-side view of `target`). */
export type TargetSpec = { kind: string } & Record<string, unknown>

/**
 * One indicator as the editor reads and writes it: `groupPath` outermost first, separated by " / ";
 * empty `applyLevels`/`applyTerrains` = every level/terrain; `grassland`/`coastal` null = any; `weight`
 * only for WEIGHTED editions; `grades` only for GRADE indicators, best first.
 */
export type IndicatorInput = Schemas['cn.ecozone.indicator.IndicatorInput']

/** An edition in the editor; `version` the optimistic-lock version every change sends back, `mayEdit` whether this user may change it. */
export type EditionView = Schemas['cn.ecozone.indicator.EditionView']

/** A target kind and the parameters it takes (sorted). */
export type TargetKind = Schemas['cn.ecozone.indicator.web.EditionEditorController.TargetKind']

const enc = encodeURIComponent

/** Published editions and the user's province's drafts, without indicators. */
export async function listEditionDrafts(): Promise<EditionView[]> {
  const { data } = await http.get<EditionView[]>('/api/indicator-drafts')
  return data
}

/** Creates a draft, empty or with every indicator of `copyFrom`. Field errors are shown by the caller. */
export async function createEdition(header: EditionHeader, copyFrom?: string): Promise<EditionView> {
  const body = copyFrom ? { header, copyFrom } : { header }
  const { data } = await http.post<EditionView>('/api/indicator-drafts', body)
  return data
}

export async function getEditionDefinition(code: string): Promise<EditionView> {
  const { data } = await http.get<EditionView>(`/api/indicator-editions/${enc(code)}/definition`)
  return data
}

export async function reviseEdition(code: string, header: EditionHeader, version: number): Promise<EditionView> {
  const { data } = await http.put<EditionView>(`/api/indicator-drafts/${enc(code)}`, { header, version })
  return data
}

export async function deleteEdition(code: string, version: number): Promise<void> {
  await http.delete(`/api/indicator-drafts/${enc(code)}`, { params: { version } })
}

/** Adds the indicator to a draft or replaces the one with its code. */
export async function putEditionIndicator(code: string, indicator: IndicatorInput, version: number): Promise<EditionView> {
  const { data } = await http.put<EditionView>(
    `/api/indicator-drafts/${enc(code)}/indicators/${enc(indicator.code)}`,
    { indicator, version },
  )
  return data
}

export async function removeEditionIndicator(code: string, indicator: string, version: number): Promise<EditionView> {
  const { data } = await http.delete<EditionView>(`/api/indicator-drafts/${enc(code)}/indicators/${enc(indicator)}`, {
    params: { version },
  })
  return data
}

/** Publishes a draft, which freezes it. The caller shows the list of problems of a 400. */
export async function publishEdition(code: string, version: number): Promise<EditionView> {
  const { data } = await http.post<EditionView>(
    `/api/indicator-drafts/${enc(code)}/publish`,
    { version },
    { silent: true },
  )
  return data
}

export async function listTargetKinds(): Promise<TargetKind[]> {
  const { data } = await http.get<TargetKind[]>('/api/indicator-target-kinds')
  return data
}

/** Downloads the blank edition workbook (版本信息 and 指标 sheets with instructions). */
export async function downloadEditionTemplate(): Promise<void> {
  await downloadWorkbook('/api/indicator-drafts/template')
}

/** Downloads an edition as a workbook that can be edited and imported as a new draft. */
export async function downloadEditionWorkbook(code: string): Promise<void> {
  await downloadWorkbook(`/api/indicator-editions/${enc(code)}/workbook`)
}

/**
 * Imports a filled edition workbook as a new draft. Errors are not shown as a message: the caller
 * lists every problem of a 400 (each naming its sheet, row and column).
 */
export async function importEditionWorkbook(
  file: File,
  onUploadProgress?: (percent: number) => void,
): Promise<EditionView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<EditionView>('/api/indicator-drafts/import', form, {
    timeout: 300_000,
    silent: true,
    onUploadProgress: (event) => {
      if (onUploadProgress && event.total) onUploadProgress(Math.round((event.loaded / event.total) * 100))
    },
  })
  return data
}
