import { http } from './http'
import type { ConstructionUnit, ConstructionUnitCreateRequest, ConstructionUnitUpdateRequest } from './types'

const base = '/api/construction-units'

/** Units in the user's scope, optionally only those under `region`. */
export async function listConstructionUnits(region?: string): Promise<ConstructionUnit[]> {
  const { data } = await http.get<ConstructionUnit[]>(base, { params: region ? { region } : {} })
  return data
}

export async function createConstructionUnit(body: ConstructionUnitCreateRequest): Promise<ConstructionUnit> {
  const { data } = await http.post<ConstructionUnit>(base, body)
  return data
}

export async function updateConstructionUnit(id: number, body: ConstructionUnitUpdateRequest): Promise<ConstructionUnit> {
  const { data } = await http.put<ConstructionUnit>(`${base}/${id}`, body)
  return data
}

export async function deleteConstructionUnit(id: number): Promise<void> {
  await http.delete(`${base}/${id}`)
}
