import { http } from './http'
import { compactParams } from '@/utils/format'
import { listParams } from '@/utils/listQuery'
import { downloadWorkbook } from './indicator'
import type {
  ConstructionUnit,
  ConstructionUnitCreateRequest,
  ConstructionUnitQuery,
  ConstructionUnitUpdateRequest,
  Page,
} from './types'

const base = '/api/construction-units'

/**
 * A page of the units in the user's scope (by region code, name and id): under `region` (with `exact`,
 * only at the region itself), whose name contains `q`.
 */
export async function listConstructionUnits(query: ConstructionUnitQuery = {}): Promise<Page<ConstructionUnit>> {
  const { data } = await http.get<Page<ConstructionUnit>>(base, { params: compactParams(query) })
  return data
}

/** The unit list with these filters as an .xlsx workbook (what the list shows, issue 14 §5). */
export async function exportConstructionUnits(query: ConstructionUnitQuery): Promise<void> {
  await downloadWorkbook(`${base}/export`, listParams({ ...query, page: undefined, size: undefined }), 'construction-units.xlsx')
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
