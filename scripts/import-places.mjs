#!/usr/bin/env node
// Builds dictionaries/loc/*.tsv from the open gazetteer data in ../shared/data
// (see its SOURCES.md) plus the hand-written lists kept in this script.
// Run: node scripts/import-places.mjs [path/to/shared/data]
// Each output file names its upstream and licence in its header.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, dataDir, readTsv } from "./lib/shared-data.mjs";

const outDir = join(root, "dictionaries", "loc");
mkdirSync(outDir, { recursive: true });

/** Write a dictionary: header lines, then unique rows sorted by surface. */
function writeDict(file, header, rows) {
  const seen = new Set();
  const body = [];
  for (const r of rows) {
    const line = r.map((c) => String(c ?? "").replace(/\t/g, " ").normalize("NFC")).join("\t");
    if (!r[0] || seen.has(line)) continue;
    seen.add(line);
    body.push(line);
  }
  body.sort((a, b) => a.localeCompare(b, "vi"));
  writeFileSync(join(outDir, file), header.map((h) => `# ${h}\n`).join("") + body.join("\n") + "\n");
  console.log(`${file}: ${body.length} rows`);
}

/** Merge rows that share a surface, joining a multi-valued column with "|". */
function mergeBySurface(rows, multiCols) {
  const by = new Map();
  for (const r of rows) {
    const prev = by.get(r[0]);
    if (!prev) {
      by.set(r[0], r.map((c, i) => (multiCols.includes(i) ? new Set(c ? [c] : []) : c)));
      continue;
    }
    for (const i of multiCols) if (r[i]) prev[i].add(r[i]);
  }
  return [...by.values()].map((r) => r.map((c) => (c instanceof Set ? [...c].sort().join("|") : c)));
}

const VAU = "vietnamadminunits by Tran Ngoc Minh Hieu (MIT, Copyright (c) 2025 Tran Ngoc Minh Hieu), from the GSO catalogue and the official 2025 commune list; via ../shared/data; built by scripts/import-places.mjs";
const CLDR = "Unicode CLDR 48 (Copyright © 1991-2025 Unicode, Inc.), umpirsky/country-list (Copyright (c) Saša Stamenković), i18n-iso-countries (Copyright (c) 2016 widdix GmbH), countries-list (Copyright (c) 2014 Annexare Studio) and hand-added press forms (CC0); via ../shared/data/countries_vi.tsv; built by scripts/import-places.mjs";

// ---- Vietnam: provinces (2025 and before), districts, communes ----
const units2025 = readTsv("admin_units_2025.tsv");
const legacy = readTsv("admin_units_legacy.tsv");
const communesLegacy = readTsv("admin_communes_legacy.tsv");

const provinceRows = [];
for (const u of units2025) if (u.tier === "province") provinceRows.push([u.name, u.name, u.level, "2025"]);
for (const u of legacy) if (u.tier === "province") provinceRows.push([u.name, u.name, u.level, "legacy"]);
for (const a of readTsv("vn_place_aliases.tsv")) {
  const src = a.file === "admin_units_2025.tsv" ? units2025 : legacy;
  const target = src.find((u) => u.code === a.code);
  if (!target || target.tier !== "province") continue;
  provinceRows.push([a.alias, target.name, target.level, "alias"]);
}
writeDict(
  "vn-provinces.tsv",
  [`source: ${VAU}; aliases from vn_place_aliases.tsv (hand-written, CC0)`, "licence: MIT (data), CC0 (aliases)", "type: LOC", "columns: canonical level era"],
  mergeBySurface(provinceRows, [2, 3]),
);

const districtRows = [];
for (const u of legacy) if (u.tier === "district") districtRows.push([u.name, u.name, u.level]);
for (const a of readTsv("vn_place_aliases.tsv")) {
  const target = legacy.find((u) => u.code === a.code && a.file === "admin_units_legacy.tsv");
  if (target && target.tier === "district") districtRows.push([a.alias, target.name, target.level]);
}
writeDict(
  "vn-districts.tsv",
  [`source: ${VAU}`, "licence: MIT", "type: LOC", "columns: canonical levels"],
  mergeBySurface(districtRows, [2]),
);

const communeRows = [];
for (const u of units2025) if (u.tier === "commune") communeRows.push([u.name, u.name, u.level]);
for (const u of communesLegacy) communeRows.push([u.name, u.name, u.level]);
writeDict(
  "vn-communes.tsv",
  [`source: ${VAU}`, "licence: MIT", "type: LOC", "columns: canonical levels"],
  mergeBySurface(communeRows, [2]),
);

// ---- Countries, formal names, press forms, regions, capitals ----
const countries = readTsv("countries_vi.tsv");
const countryRows = [];
const capitalRows = [];
for (const c of countries) {
  // "Thế giới" (the world) is a generic noun in the news, not a place name.
  if (c.kind === "region" && c.name_en === "world") continue;
  const amb = new Set(c.ambiguous_forms.split("|").filter(Boolean));
  // CLDR writes "Myanmar (Miến Điện)": the parenthesis is an alternative, not part of the name.
  const name = c.name.replace(/\s*\(.*\)$/, "");
  const forms = [name, ...c.aliases.split("|")].filter(Boolean);
  if (c.kind === "country" && c.name_en && /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(c.name_en)) forms.push(c.name_en);
  for (const f of forms) {
    if (f.includes(",")) continue; // "Hồng Kông, Trung Quốc": CLDR's disambiguated form
    // Formal names with lowercase words inside are read by a rule (src/recognizers/loc/formal-names.ts).
    if (/^(Cộng hòa|Vương quốc|Liên bang) .*\p{Ll}+ \p{Lu}/u.test(f) && / \p{Ll}/u.test(f.split(" ").slice(2).join(" "))) continue;
    const formal = /^(Cộng hòa|CH|Vương quốc|Liên bang|LB|Hợp ch|Đại Hàn|Nhà nước|Quốc gia|Cộng đồng)/.test(f) && f !== name;
    countryRows.push([f, name, c.kind === "region" ? "region" : formal ? "formal" : "country", amb.has(f) ? "1" : "0"]);
  }
  if (c.kind !== "country") continue;
  const caps = [c.capital, c.capital_en, ...c.capital_aliases.split("|")].filter(Boolean);
  for (const cap of caps) capitalRows.push([cap, c.capital || c.capital_en, name]);
}
// Press forms the data leaves out (hand-written, CC0).
for (const [f, canon] of [
  ["Cộng hòa Dân chủ Nhân dân Lào", "Lào"],
  ["Cộng hòa Nhân dân Trung Hoa", "Trung Quốc"],
  ["Anh Quốc", "Vương quốc Anh"],
]) {
  countryRows.push([f, canon, "formal", "0"]);
}
writeDict(
  "countries.tsv",
  [`source: ${CLDR}`, "licence: Unicode-3.0, MIT, CC0", "type: LOC", "columns: canonical kind ambiguous"],
  countryRows,
);
writeDict(
  "capitals.tsv",
  [`source: ${CLDR}`, "licence: Unicode-3.0, MIT, CC0", "type: LOC", "columns: canonical country"],
  mergeBySurface(capitalRows, [2]),
);

// ---- Subdivisions of other countries ----
const subRows = [];
for (const s of readTsv("world_subdivisions_vi.tsv")) {
  // "Khu tự trị Tây Tạng", "Tiểu bang New York": keep the full form and the bare name.
  const bare = s.name.replace(/^(Khu tự trị|Tiểu bang|Bang|Tỉnh|Vùng|Quận|Hạt|Thành phố)\s+/u, "");
  subRows.push([s.name, bare, s.country, s.level, s.vi_word]);
  if (bare !== s.name && bare.length > 1) subRows.push([bare, bare, s.country, s.level, s.vi_word]);
}
writeDict(
  "world-subdivisions.tsv",
  [
    "source: Unicode CLDR 48 common/subdivisions (Copyright © 1991-2025 Unicode, Inc.); via ../shared/data/world_subdivisions_vi.tsv; built by scripts/import-places.mjs",
    "licence: Unicode-3.0",
    "type: LOC",
    "columns: canonical country level vi_word",
  ],
  subRows,
);

// ---- Hand-written lists (CC0): world cities, physical features, regions of Vietnam ----
const HAND = "hand-written for thucthe from public geographic facts; built by scripts/import-places.mjs";
const cities = [
  "Thượng Hải", "Thiên Tân", "Trùng Khánh", "Quảng Châu", "Thâm Quyến", "Côn Minh", "Nam Ninh", "Hàng Châu", "Nam Kinh",
  "Vũ Hán", "Thành Đô", "Tây An", "Hạ Môn", "Đại Liên", "Thanh Đảo", "Tô Châu", "Hồng Kông", "Ma Cao", "Đài Bắc",
  "New York", "Los Angeles", "San Francisco", "Chicago", "Washington D.C.", "Washington DC", "Houston", "Seattle", "Boston",
  "Toronto", "Vancouver", "Montreal", "Ottawa", "Sydney", "Melbourne", "Brisbane", "Perth", "Auckland",
  "Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Fukuoka", "Hiroshima", "Sapporo",
  "Seoul", "Busan", "Incheon", "Daegu", "Bình Nhưỡng",
  "Bangkok", "Chiang Mai", "Pattaya", "Phuket", "Viêng Chăn", "Luang Prabang", "Pakse", "Phnôm Pênh", "Phnom Penh", "Siem Reap", "Xiêm Riệp",
  "Kuala Lumpur", "Singapore", "Jakarta", "Bali", "Manila", "Yangon", "Naypyidaw", "Bandar Seri Begawan", "Dili",
  "New Delhi", "Mumbai", "Kolkata", "Dhaka", "Karachi", "Islamabad", "Kabul", "Tehran", "Baghdad", "Riyadh", "Dubai", "Abu Dhabi", "Doha",
  "Istanbul", "Ankara", "Jerusalem", "Tel Aviv", "Cairo", "Nairobi", "Johannesburg", "Cape Town", "Lagos",
  "London", "Luân Đôn", "Paris", "Berlin", "Munich", "Frankfurt", "Hamburg", "Rome", "Milan", "Madrid", "Barcelona", "Lisbon",
  "Amsterdam", "Brussels", "Geneva", "Genève", "Zurich", "Vienna", "Prague", "Warsaw", "Budapest", "Stockholm", "Oslo", "Helsinki",
  "Copenhagen", "Athens", "Moskva", "Mát-xcơ-va", "Moscow", "Saint Petersburg", "Kiev", "Kyiv", "Minsk", "Astana", "Tashkent",
  "Havana", "La Habana", "Mexico City", "Brasília", "Rio de Janeiro", "São Paulo", "Buenos Aires", "Santiago", "Lima", "Bogotá", "Caracas",
  "Davos", "Thiên Tân", "Oa-sinh-tơn", "Tô-ky-ô", "Béc-lin", "Pa-ri",
];
writeDict("world-cities.tsv", [`source: ${HAND}`, "licence: CC0", "type: LOC", "columns: canonical"], cities.map((c) => [c, c]));

// kind: sea, river, island, region (of Vietnam or of the world), area
const features = [
  ["Biển Đông", "sea"], ["biển Đông", "sea"], ["Thái Bình Dương", "sea"], ["Ấn Độ Dương", "sea"], ["Đại Tây Dương", "sea"],
  ["Bắc Băng Dương", "sea"], ["Địa Trung Hải", "sea"], ["vịnh Bắc Bộ", "sea"], ["Vịnh Bắc Bộ", "sea"], ["vịnh Thái Lan", "sea"],
  ["vịnh Hạ Long", "sea"], ["Vịnh Hạ Long", "sea"], ["eo biển Đài Loan", "sea"], ["eo biển Malacca", "sea"], ["Biển Hoa Đông", "sea"],
  ["biển Hoa Đông", "sea"], ["Biển Đỏ", "sea"], ["Biển Đen", "sea"], ["biển Baltic", "sea"], ["Vịnh Ba Tư", "sea"],
  ["sông Mê Công", "river"], ["sông Mekong", "river"], ["sông Hồng", "river"], ["sông Đà", "river"], ["sông Cửu Long", "river"],
  ["sông Hương", "river"], ["sông Hàn", "river"], ["sông Sài Gòn", "river"], ["sông Đồng Nai", "river"], ["sông Lô", "river"],
  ["sông Mã", "river"], ["sông Cả", "river"], ["sông Thu Bồn", "river"], ["sông Bạch Đằng", "river"], ["sông Tiền", "river"],
  ["sông Hậu", "river"], ["sông Dương Tử", "river"], ["sông Hoàng Hà", "river"], ["sông Nile", "river"], ["sông Danube", "river"],
  ["quần đảo Trường Sa", "island"], ["quần đảo Hoàng Sa", "island"], ["Quần đảo Trường Sa", "island"], ["Quần đảo Hoàng Sa", "island"],
  ["Trường Sa", "island"], ["Hoàng Sa", "island"], ["Phú Quốc", "island"], ["Côn Đảo", "island"], ["Lý Sơn", "island"],
  ["Cát Bà", "island"], ["Bạch Long Vĩ", "island"], ["Cồn Cỏ", "island"], ["Cù Lao Chàm", "island"], ["Nam Du", "island"],
  ["Đồng bằng sông Cửu Long", "region"], ["đồng bằng sông Cửu Long", "region"], ["Đồng bằng sông Hồng", "region"],
  ["đồng bằng sông Hồng", "region"], ["Tây Nguyên", "region"], ["Tây Bắc", "region"], ["Đông Bắc", "region"],
  ["Tây Nam Bộ", "region"], ["Đông Nam Bộ", "region"], ["Nam Bộ", "region"], ["Bắc Bộ", "region"], ["Trung Bộ", "region"],
  ["Nam Trung Bộ", "region"], ["Bắc Trung Bộ", "region"], ["Duyên hải Nam Trung Bộ", "region"], ["miền Tây", "region"],
  ["miền Bắc", "region"], ["miền Trung", "region"], ["miền Nam", "region"], ["miền Đông", "region"], ["Miền Tây", "region"],
  ["Miền Trung", "region"], ["Miền Nam", "region"], ["Miền Bắc", "region"], ["Đông Dương", "region"], ["Trung Đông", "region"],
  ["Bắc Phi", "region"], ["Tây Âu", "region"], ["Đông Âu", "region"], ["Bắc Âu", "region"], ["Nam Âu", "region"], ["Trung Âu", "region"],
  ["Đông Nam Á", "region"], ["Đông Bắc Á", "region"], ["Nam Á", "region"], ["Trung Á", "region"], ["Tây Á", "region"], ["Đông Á", "region"],
  ["châu Á", "region"], ["châu Âu", "region"], ["châu Phi", "region"], ["châu Mỹ", "region"], ["châu Đại Dương", "region"],
  ["Châu Á", "region"], ["Châu Âu", "region"], ["Châu Phi", "region"], ["Châu Mỹ", "region"], ["châu Mỹ La-tinh", "region"],
  ["Mỹ Latinh", "region"], ["Mỹ La-tinh", "region"], ["Bắc Mỹ", "region"], ["Nam Mỹ", "region"], ["Trung Mỹ", "region"],
  ["Nam Thái Bình Dương", "region"], ["châu Á - Thái Bình Dương", "region"], ["Châu Á - Thái Bình Dương", "region"],
  ["Ấn Độ Dương - Thái Bình Dương", "region"], ["Bán đảo Triều Tiên", "region"], ["bán đảo Triều Tiên", "region"],
  ["Bán đảo Đông Dương", "region"], ["Vùng Vịnh", "region"], ["Dải Gaza", "region"], ["dải Gaza", "region"], ["Bờ Tây", "region"],
  ["Cao nguyên Golan", "region"], ["Crimea", "region"], ["bán đảo Crimea", "region"], ["Donbass", "region"], ["Kashmir", "region"],
  ["Bắc Cực", "region"], ["Nam Cực", "region"], ["Siberia", "region"], ["Sahel", "region"], ["Vùng Sừng châu Phi", "region"],
  ["Đồng bằng Bắc Bộ", "region"], ["đồng bằng Bắc Bộ", "region"], ["Tây Nam Bộ", "region"], ["Kavkaz", "region"], ["Balkan", "region"], ["Scandinavia", "region"],
];
writeDict("features.tsv", [`source: ${HAND}`, "licence: CC0", "type: LOC", "columns: canonical kind"], features.map(([f, k]) => [f, f, k]));
