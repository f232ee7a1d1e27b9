#!/usr/bin/env node
// Regenerates src/main/resources/data/calendar.csv from the npm package
// chinese-days@1.5.7 (State Council public holiday notices, 2004-2026).
//
//   cd tools/data && npm ci && node generate-calendar.mjs
//
// Output: UTF-8, LF line endings, header `date,kind,holiday`, one row per
// special day of 2015-2026, sorted by date:
//   HOLIDAY              a day off inside an official holiday range (weekend days
//                        inside the range included)
//   ADJUSTED_WORKING_DAY a weekend day that is a working day (调休上班)
// Ordinary weekends and ordinary working days are not listed.
// The script spot-checks the 2025 and 2026 notices and exits non-zero on any
// mismatch.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../src/main/resources/data/calendar.csv');

const EXPECTED_VERSION = '1.5.7';
const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;

const pkg = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8'));
if (pkg.version !== EXPECTED_VERSION) fail(`chinese-days ${pkg.version} installed, expected ${EXPECTED_VERSION}; run npm ci`);
const { getSolarDateFromLunar } = require('chinese-days');
// { holidays: {date: "English,中文,n"}, workdays: {...}, inLieuDays: {...} }
const data = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8'));

// Package's short Chinese names -> names used in calendar.csv.
const NAMES = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
  // One-off day off of 2015 (国发〔2015〕27号): 9/3-9/5, work on Sun 9/6.
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
};
const MERGED_AUTUMN = '国庆节、中秋节';

// Days the official notice puts inside a holiday range but the package leaves
// out (it omits this weekend day). Each entry is checked below to be a weekend
// day directly after a day off of the same holiday.
const RANGE_COMPLETIONS = [
  // 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知:
  // "9月3日至5日调休放假，共3天" - 9/5 is a Saturday.
  { date: '2015-09-05', name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' },
];

const inRange = (date) => {
  const y = Number(date.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
};
const dayOfWeek = (date) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
const isWeekend = (date) => [0, 6].includes(dayOfWeek(date));
const addDays = (date, n) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
function chineseName(value, date) {
  const parts = value.split(',');
  if (parts.length !== 3) fail(`unexpected entry for ${date}: ${value}`);
  const name = NAMES[parts[1]];
  if (!name) fail(`unknown holiday name ${parts[1]} on ${date}`);
  return name;
}

const rows = new Map(); // date -> {date, kind, holiday}
for (const [date, value] of Object.entries(data.holidays)) {
  if (inRange(date)) rows.set(date, { date, kind: 'HOLIDAY', holiday: chineseName(value, date) });
}
for (const [date, value] of Object.entries(data.workdays)) {
  if (!inRange(date)) continue;
  if (rows.has(date)) fail(`${date} is both a holiday and an adjusted working day`);
  if (!isWeekend(date)) fail(`adjusted working day ${date} is not a weekend day`);
  rows.set(date, { date, kind: 'ADJUSTED_WORKING_DAY', holiday: chineseName(value, date) });
}
for (const { date, name } of RANGE_COMPLETIONS) {
  const prev = rows.get(addDays(date, -1));
  if (rows.has(date)) fail(`range completion ${date} is already in the package data; remove it`);
  if (!isWeekend(date) || !prev || prev.kind !== 'HOLIDAY' || prev.holiday !== name) fail(`range completion ${date} does not extend a ${name} range`);
  rows.set(date, { date, kind: 'HOLIDAY', holiday: name });
}

// National Day and Mid-Autumn merged into one range: the Mid-Autumn day (lunar
// 8/15) falls inside or right next to the National Day days off. The package
// labels such ranges partly 国庆节 / partly 中秋 (2017, 2023, 2025) or only
// 国庆节 (2020); the whole range and its adjusted working days are named
// 国庆节、中秋节 here, as in the notices.
const mergedYears = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const midAutumn = getSolarDateFromLunar(`${year}-08-15`).date;
  const natDays = [...rows.values()].filter((r) => r.kind === 'HOLIDAY' && r.holiday === '国庆节' && r.date.startsWith(`${year}-`)).map((r) => r.date).sort();
  if (!natDays.length) fail(`no 国庆节 days in ${year}`);
  const merged = midAutumn >= addDays(natDays[0], -1) && midAutumn <= addDays(natDays[natDays.length - 1], 1);
  if (!merged) continue;
  mergedYears.push(year);
  // the merged block: contiguous days off around National Day labelled 国庆节 or 中秋节
  const first = rows.get(midAutumn) && midAutumn < natDays[0] ? midAutumn : natDays[0];
  for (let d = first; ; d = addDays(d, 1)) {
    const r = rows.get(d);
    if (!r || r.kind !== 'HOLIDAY' || !['国庆节', '中秋节'].includes(r.holiday)) break;
    r.holiday = MERGED_AUTUMN;
  }
  for (const r of rows.values()) {
    if (r.kind === 'ADJUSTED_WORKING_DAY' && r.date.startsWith(`${year}-`) && ['国庆节', '中秋节'].includes(r.holiday)) r.holiday = MERGED_AUTUMN;
  }
  if ([...rows.values()].some((r) => r.date.startsWith(`${year}-`) && r.holiday === '中秋节')) fail(`${year}: 中秋节 rows left outside the merged range`);
}

const sorted = [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

// ------------------------------------------------------------- spot checks
const checks = [];
function expect(label, year, holiday, holidayDays, workDays) {
  const sel = (kind) => sorted.filter((r) => r.kind === kind && r.holiday === holiday && r.date.startsWith(`${year}-`)).map((r) => r.date).join(' ');
  const want = (list) => list.map((md) => `${year}-${md}`).join(' ');
  const gotH = sel('HOLIDAY');
  const gotW = sel('ADJUSTED_WORKING_DAY');
  const ok = gotH === want(holidayDays) && gotW === want(workDays);
  checks.push([`${label}`, ok, ok ? '' : ` got holidays [${gotH}] work [${gotW}]`]);
}
const span = (from, to) => {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d.slice(5));
  return out;
};
expect('2025 元旦 1/1 only', 2025, '元旦', ['01-01'], []);
expect('2025 春节 1/28-2/4, work 1/26 2/8', 2025, '春节', span('2025-01-28', '2025-02-04'), ['01-26', '02-08']);
expect('2025 劳动节 5/1-5/5, work 4/27', 2025, '劳动节', span('2025-05-01', '2025-05-05'), ['04-27']);
expect('2025 国庆+中秋 10/1-10/8, work 9/28 10/11', 2025, MERGED_AUTUMN, span('2025-10-01', '2025-10-08'), ['09-28', '10-11']);
expect('2025 no separate 中秋节', 2025, '中秋节', [], []);
expect('2026 元旦 1/1-1/3, work 1/4', 2026, '元旦', span('2026-01-01', '2026-01-03'), ['01-04']);
expect('2026 春节 2/15-2/23, work 2/14 2/28', 2026, '春节', span('2026-02-15', '2026-02-23'), ['02-14', '02-28']);
expect('2026 劳动节 5/1-5/5, work 5/9', 2026, '劳动节', span('2026-05-01', '2026-05-05'), ['05-09']);
expect('2026 国庆 10/1-10/7, work 9/20 10/10', 2026, '国庆节', span('2026-10-01', '2026-10-07'), ['09-20', '10-10']);
expect('2026 中秋 9/25-9/27', 2026, '中秋节', span('2026-09-25', '2026-09-27'), []);
for (const [date, dow] of [['2025-01-26', 0], ['2025-02-08', 6], ['2025-04-27', 0], ['2025-09-28', 0], ['2025-10-11', 6],
  ['2026-01-04', 0], ['2026-02-14', 6], ['2026-02-28', 6], ['2026-05-09', 6], ['2026-09-20', 0], ['2026-10-10', 6]]) {
  checks.push([`${date} is a ${dow ? 'Saturday' : 'Sunday'}`, dayOfWeek(date) === dow, '']);
}
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const n = sorted.filter((r) => r.date.startsWith(`${year}-`)).length;
  checks.push([`${year} has rows (${n})`, n > 0, '']);
}
for (const r of sorted) {
  if (!Object.values(NAMES).includes(r.holiday) && r.holiday !== MERGED_AUTUMN) checks.push([`name of ${r.date}`, false, ` ${r.holiday}`]);
  if (/[,"\r\n]/.test(r.holiday)) checks.push([`CSV-safe name on ${r.date}`, false, '']);
}

// ------------------------------------------------------------------ output
const byKind = (k) => sorted.filter((r) => r.kind === k).length;
console.log(`chinese-days ${pkg.version}: ${sorted.length} rows ${FIRST_YEAR}-${LAST_YEAR} (${byKind('HOLIDAY')} HOLIDAY, ${byKind('ADJUSTED_WORKING_DAY')} ADJUSTED_WORKING_DAY)`);
console.log(`  merged 国庆节、中秋节 ranges in: ${mergedYears.join(', ')}`);
console.log(`  range completions added: ${RANGE_COMPLETIONS.map((c) => c.date).join(', ')}`);
console.log(`  holiday names: ${[...new Set(sorted.map((r) => r.holiday))].join(' | ')}`);
for (const [label, ok, detail] of checks) console.log(`  [${ok ? 'ok' : 'FAILED'}] ${label}${detail}`);
const failed = checks.filter(([, ok]) => !ok);
if (failed.length) fail(`${failed.length} check(s) failed; calendar.csv NOT written`);

const csv = ['date,kind,holiday', ...sorted.map((r) => `${r.date},${r.kind},${r.holiday}`)].join('\n') + '\n';
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, csv, 'utf8');
console.log(`wrote ${OUT} (${sorted.length} rows)`);

function fail(msg) {
  console.error(`generate-calendar: ${msg}`);
  process.exit(1);
}
