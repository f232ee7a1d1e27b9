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
