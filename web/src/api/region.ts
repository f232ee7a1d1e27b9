import { http } from './http'
import type { Region, RegionAttributesRequest, RegionDetail, RegionLevel } from './types'

const base = '/api/regions'

/** The provinces (roots of the tree). */
export async function listProvinces(): Promise<Region[]> {
  const { data } = await http.get<Region[]>(base)
  return data
}

/** Name search; at most 50 results, each with `path`. */
export async function searchRegions(q: string): Promise<Region[]> {
  const { data } = await http.get<Region[]>(base, { params: { q } })
  return data
}

export async function getRegion(code: string): Promise<RegionDetail> {
  const { data } = await http.get<RegionDetail>(`${base}/${encodeURIComponent(code)}`)
  return data
}

export async function listChildren(code: string): Promise<Region[]> {
  const { data } = await http.get<Region[]>(`${base}/${encodeURIComponent(code)}/children`)
  return data
}

export async function listDescendants(code: string, level: RegionLevel): Promise<Region[]> {
  const { data } = await http.get<Region[]>(`${base}/${encodeURIComponent(code)}/descendants`, {
    params: { level },
  })
  return data
}

export async function updateRegionAttributes(code: string, body: RegionAttributesRequest): Promise<Region> {
  const { data } = await http.put<Region>(`${base}/${encodeURIComponent(code)}/attributes`, body)
  return data
}

/** Downloads the region attributes template, filled with the current attributes of the regions in scope. */
export async function downloadAttributeTemplate(): Promise<void> {
  const { downloadWorkbook } = await import('./indicator')
  await downloadWorkbook('/api/region-attributes/template')
}

/** What an attributes import did: the rows read and the regions whose attributes changed. */
export type AttributeImport = { rows: number; changed: number }

/**
 * Imports terrain, grassland and coastal flags for many regions with one reason (province staff).
 * A refusal lists every error at once (ApiError.errors); nothing is saved then.
 */
export async function importAttributes(file: File, reason: string): Promise<AttributeImport> {
  const form = new FormData()
  // the reason before the file: the server reads the fields that come before the file part (review s15 #3)
  form.append('reason', reason)
  form.append('file', file)
  const { data } = await http.post<AttributeImport>('/api/region-attributes/import', form, {
    timeout: 120_000,
    // silent: the page shows each refusal once, beside the file or in its list (uploadError.ts)
    silent: true,
  })
  return data
}
