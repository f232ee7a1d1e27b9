import type { ChartOption } from '@/views/indicator/charts'
import type { Evidence } from '@/api/enforcement'

/** The evidence that names records (not the points of a series). */
export function records(evidence: Evidence[]): Evidence[] {
  return evidence.filter((e) => e.source !== 'SERIES')
}

/** The points of a quality series, by year, one value a year (the last entered for a year wins). */
export function series(evidence: Evidence[]): { year: number; value: number }[] {
  const byYear = new Map<number, number>()
  for (const e of evidence) {
    if (e.source === 'SERIES' && e.year !== null && e.value !== null) byYear.set(e.year, Number(e.value))
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }))
}

/** A line chart of the series (values +3 明显变好 … −3 明显变差). */
export function seriesChart(points: { year: number; value: number }[], name: string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value', min: -3, max: 3 },
    series: [{ type: 'line', name, data: points.map((p) => p.value) }],
  }
}

/** Where a register record opens: its register's tab and the record. */
export function recordLink(e: Evidence): string | null {
  if (e.recordId === null) return null
  if (e.source === 'REGISTER' && e.kind) return `/registers/${e.kind}/${e.recordId}`
  if (e.source === 'RECTIFICATION') return `/enforcement/rectifications/${e.recordId}`
  return null
}
