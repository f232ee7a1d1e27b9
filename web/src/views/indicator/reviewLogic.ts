import { linkQuery } from './scorecardLink'
import type { IndicatorYear } from '@/api/indicator'
import type { IndicatorComment, IndicatorReview, OverviewRow } from '@/api/indicatorReview'

/**
 * The review side of the entry page and the league overview (issue 14 §2), as plain functions.
 */

/** The user may confirm or return the year now: the run offers them an act on its confirmation step. */
export function isReviewing(year: IndicatorYear | null): boolean {
  return (year?.run?.allowedActions ?? []).some(
    (a) => a.stepCode === 'CONFIRM' && (a.action === 'ACT' || a.action === 'RETURN'),
  )
}

/** The comments of the latest return by indicator, while the year stands returned; empty otherwise. */
export function returnComments(review: IndicatorReview | null): Map<string, string> {
  const out = new Map<string, string>()
  if (!review || review.state !== 'RETURNED' || review.latest?.action !== 'RETURN') return out
  for (const c of review.latest.comments) out.set(c.indicator, c.comment)
  return out
}

/** A comment of the latest return as shown beside its indicator's row: what, who returned and when. */
export type RowComment = { comment: string; decidedBy: string; decidedAt: string }

/**
 * The latest return's comments by indicator, each with who returned and when, while the year stands
 * returned; empty otherwise. The entry page shows each beside its row (issue 14 §2).
 */
export function rowComments(review: IndicatorReview | null): Map<string, RowComment> {
  const out = new Map<string, RowComment>()
  const latest = review?.latest
  if (!review || review.state !== 'RETURNED' || latest?.action !== 'RETURN') return out
  for (const c of latest.comments) out.set(c.indicator, { comment: c.comment, decidedBy: latest.decidedBy, decidedAt: latest.decidedAt })
  return out
}

/** A row of the return dialog: an indicator (or none chosen yet) and its comment. */
export type CommentDraft = { indicator: string | null; comment: string }

/** The comments a reviewer is drafting for a return, by indicator (rows without an indicator left out). */
export function draftedComments(drafts: readonly CommentDraft[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of drafts) if (d.indicator && !out.has(d.indicator)) out.set(d.indicator, d.comment)
  return out
}

/**
 * Sets the drafted comment of one indicator in place, as typed beside its row: updates the indicator's
 * draft row, fills an empty row or adds one; a blank text removes the indicator's row (one empty row is
 * always kept for the dialog).
 */
export function setDraftedComment(drafts: CommentDraft[], indicator: string, comment: string): void {
  const at = drafts.findIndex((d) => d.indicator === indicator)
  if (!comment.trim()) {
    if (at >= 0) drafts.splice(at, 1)
    if (drafts.length === 0) drafts.push({ indicator: null, comment: '' })
    return
  }
  if (at >= 0) {
    drafts[at]!.comment = comment
    return
  }
  const empty = drafts.findIndex((d) => !d.indicator && !d.comment.trim())
  if (empty >= 0) drafts[empty] = { indicator, comment }
  else drafts.push({ indicator, comment })
}

export const MAX_COMMENT = 500

/**
 * The comments to send, or the key of the first problem: each row names an indicator once and has a
 * non-blank comment of at most {@link MAX_COMMENT} characters; rows left entirely empty are dropped.
 */
export function commentsToSend(
  drafts: readonly CommentDraft[],
): { comments: IndicatorComment[]; error: null } | { comments: null; error: { row: number; key: string } } {
  const seen = new Set<string>()
  const comments: IndicatorComment[] = []
  for (const [row, d] of drafts.entries()) {
    const text = d.comment.trim()
    if (!d.indicator && !text) continue
    if (!d.indicator) return { comments: null, error: { row, key: 'indicatorReview.commentIndicatorRequired' } }
    if (seen.has(d.indicator)) return { comments: null, error: { row, key: 'indicatorReview.commentDuplicate' } }
    if (!text) return { comments: null, error: { row, key: 'indicatorReview.commentRequired' } }
    if (text.length > MAX_COMMENT) return { comments: null, error: { row, key: 'indicatorReview.commentTooLong' } }
    seen.add(d.indicator)
    comments.push({ indicator: d.indicator, comment: text })
  }
  return { comments, error: null }
}

// ----- which years the reviewer opened in this session (batch confirmation after reading each) -----

const VIEWED_KEY = 'ecozone.indicator.viewed'

type Store = Pick<Storage, 'getItem' | 'setItem'>

function viewedKey(edition: string, region: string, year: number): string {
  return `${edition}/${region}/${year}`
}

/** The versions of the years opened in this session, by edition/region/year. */
export function readViewed(store: Store): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(VIEWED_KEY) ?? '{}')
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {}
  } catch {
    return {}
  }
}

/** Records that the reviewer opened the year at {@code version} (the entry page calls it). */
export function markViewed(store: Store, edition: string, region: string, year: number, version: number): void {
  const viewed = readViewed(store)
  viewed[viewedKey(edition, region, year)] = version
  store.setItem(VIEWED_KEY, JSON.stringify(viewed))
}

/** Whether the row's year was opened in this session (at any version: the server checks the version). */
export function wasViewed(viewed: Record<string, number>, edition: string, year: number, row: OverviewRow): boolean {
  return viewedKey(edition, row.regionCode, year) in viewed
}

/**
 * The batch to confirm from the selected rows: those the reviewer may confirm and opened in this session,
 * each with the version read when opened; the others are listed as skipped.
 */
export function batchOf(
  selected: readonly OverviewRow[],
  viewed: Record<string, number>,
  edition: string,
  year: number,
): { items: { region: string; version: number }[]; skipped: OverviewRow[] } {
  const items: { region: string; version: number }[] = []
  const skipped: OverviewRow[] = []
  for (const row of selected) {
    const version = viewed[viewedKey(edition, row.regionCode, year)]
    if (row.mayConfirm && version !== undefined) items.push({ region: row.regionCode, version })
    else skipped.push(row)
  }
  return { items, skipped }
}

/** The selected rows a 催报 may go to: not submitted and not reminded today. */
export function remindable(selected: readonly OverviewRow[]): OverviewRow[] {
  return selected.filter((r) => r.mayRemind)
}

/** The scorecard's deep link for a region's year (the route D implements). */
export function scorecardLink(edition: string, region: string, year: number): string {
  const q = new URLSearchParams(linkQuery({ edition, region, year }))
  return `/indicator-scorecard?${q.toString()}`
}
