import { downloadWorkbook } from './indicator'

/** Downloads the scorecard as shown (edition, region or its construction unit, year) as a workbook. */
export async function exportScorecard(query: { edition: string; region: string; year: number; unit?: number }): Promise<void> {
  const params: Record<string, string> = { edition: query.edition, region: query.region, year: String(query.year) }
  if (query.unit !== undefined) params.unit = String(query.unit)
  await downloadWorkbook('/api/evaluations/export', params)
}

/** Downloads the ranking of a region's children as a workbook. */
export async function exportRanking(query: { edition: string; parent: string; year: number }): Promise<void> {
  await downloadWorkbook('/api/evaluations/ranking/export', {
    edition: query.edition,
    parent: query.parent,
    year: String(query.year),
  })
}

/** Downloads a league's summary (its counties' values and results for an edition and year) as a workbook. */
export async function exportLeagueSummary(query: { edition: string; parent: string; year: number }): Promise<void> {
  await downloadWorkbook('/api/evaluations/summary/export', {
    edition: query.edition,
    parent: query.parent,
    year: String(query.year),
  })
}
