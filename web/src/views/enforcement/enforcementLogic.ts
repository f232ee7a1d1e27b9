import type { ChartOption } from '@/views/indicator/charts'
import type { Evidence, RectificationView } from '@/api/enforcement'

/** The evidence that names records (not the points of a series; an indicator's explanation is kept). */
export function records(evidence: Evidence[]): Evidence[] {
  return evidence.filter((e) => e.source !== 'SERIES' && !(e.source === 'INDICATOR' && e.year !== null))
}

/**
 * The line added to an open proposal when the rectification that triggered it was completed late
 * (the decider sees it before deciding; the decision then leaves the rectification completed).
 */
export function lateCompletion(evidence: Evidence[]): Evidence | null {
  return evidence.find((e) => e.source === 'RECTIFICATION' && e.kind === 'COMPLETED_LATE') ?? null
}

/** Whether the viewer holds the subject's report task (the run's first step) of a running rectification. */
export function canUpload(r: RectificationView): boolean {
  const first = r.run?.steps[0]?.code
  if (!first || (r.state !== 'OPEN' && r.state !== 'OVERDUE')) return false
  return (r.run?.allowedActions ?? []).some((a) => a.action === 'ACT' && a.stepCode === first)
}

/** One indicator's confirmed series from a proposal's evidence (Guizhou art. 24(5), IM eco-civ art. 18). */
export interface IndicatorSeries {
  code: string
  name: string
  points: { year: number; value: number }[]
}

/** The indicator series of the evidence, one per indicator in the order given, years ascending. */
export function indicatorSeries(evidence: Evidence[]): IndicatorSeries[] {
  const byCode = new Map<string, IndicatorSeries>()
  for (const e of evidence) {
    if (e.source !== 'INDICATOR' || e.year === null || e.value === null || !e.kind) continue
    const s = byCode.get(e.kind) ?? { code: e.kind, name: e.summary ?? e.kind, points: [] }
    s.points.push({ year: e.year, value: Number(e.value) })
    byCode.set(e.kind, s)
  }
  for (const s of byCode.values()) s.points.sort((a, b) => a.year - b.year)
  return [...byCode.values()]
}

/** A line chart of an indicator's values in its own unit (the axis fits the values). */
export function indicatorChart(s: IndicatorSeries): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 50, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: s.points.map((p) => String(p.year)) },
    yAxis: { type: 'value', scale: true },
    series: [{ type: 'line', name: s.name, data: s.points.map((p) => p.value) }],
  }
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
