import type { LocationQuery } from 'vue-router'
import type { EditionSummary } from '@/api/indicator'
import { queryInt, queryText } from './useEditionChoice'

/**
 * The scorecard's deep link (issue 14 §5): `/indicator-scorecard?edition=<code>&region=<code>&year=<yyyy>`,
 * read when the page opens and kept in the address as the user changes the choice, so the address
 * can be copied, bookmarked or linked to from the inbox and the entry page.
 */
export type ScorecardLink = { edition: string | null; region: string | null; year: number | null; unit?: number | null }

/** What the link asks for; a missing or malformed parameter is null. */
export function askedByLink(query: LocationQuery): ScorecardLink {
  return { edition: queryText(query.edition), region: queryText(query.region), year: queryInt(query.year) }
}

/** A part of the link the page could not open on, with the value asked for. */
export type LinkProblem = { part: 'edition' | 'year' | 'region'; value: string }

/**
 * What the link asked for that is not offered: an edition the user is not offered (unknown, or not
 * applicable to the user's jurisdiction), or a year outside the edition's years. Nothing asked, no problem.
 */
export function editionProblems(asked: ScorecardLink, offered: EditionSummary[]): LinkProblem[] {
  const problems: LinkProblem[] = []
  const edition = asked.edition === null ? null : offered.find((e) => e.code === asked.edition)
  if (asked.edition !== null && !edition) problems.push({ part: 'edition', value: asked.edition })
  if (asked.year !== null && edition && (asked.year < edition.firstYear || asked.year > edition.lastYear)) {
    problems.push({ part: 'year', value: String(asked.year) })
  }
  return problems
}

/** The address query for the current choice; what is not chosen is left out. */
export function linkQuery(current: ScorecardLink): Record<string, string> {
  const query: Record<string, string> = {}
  if (current.edition) query.edition = current.edition
  if (current.region) query.region = current.region
  if (current.year !== null) query.year = String(current.year)
  if (current.unit !== null && current.unit !== undefined) query.unit = String(current.unit)
  return query
}

/** Whether two queries name the same choice (so the address is replaced only on a change). */
export function sameQuery(a: LocationQuery, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((k) => queryText(a[k]) === (b[k] ?? null))
}

/** The scorecard's route with a link's query, for other pages to link to (the inbox, the entry page). */
export function scorecardLocation(link: ScorecardLink): { name: 'indicator-scorecard'; query: Record<string, string> } {
  return { name: 'indicator-scorecard', query: linkQuery(link) }
}
