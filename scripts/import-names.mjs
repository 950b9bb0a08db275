#!/usr/bin/env node
// Builds the person and official dictionaries that come from ../shared/data:
//   dictionaries/person/surnames.tsv        Vietnamese surnames (+ Sino-Vietnamese renderings of Chinese surnames)
//   dictionaries/person/given-syllables.tsv syllables of Vietnamese given and middle names
//   dictionaries/official/ranks.tsv         ranks of the army, police and navy, with written variants
//   dictionaries/official/places.tsv        countries and regions that fill a title's slot ("Đại sứ Australia")
//   dictionaries/official/org-words.tsv     lowercase syllables that occur inside official body names
// Usage: node scripts/import-names.mjs [path/to/shared/data]
// Hand-written dictionaries (titles, address words, particles, org heads) are edited directly.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, dataDir as data, readTsv } from "./lib/shared-data.mjs";


function write(rel, header, rows) {
  const seen = new Set();
  const body = [];
  for (const r of rows) {
    const line = r.join("\t").normalize("NFC");
    if (!r[0] || seen.has(line)) continue;
    seen.add(line);
    body.push(line);
  }
  body.sort((a, b) => a.localeCompare(b, "vi"));
  writeFileSync(join(root, "dictionaries", rel), header.join("\n") + "\n" + body.join("\n") + "\n");
  console.log(`import-names: ${rel} (${body.length} rows)`);
}

// Chinese surnames as the Vietnamese press renders them (Sino-Vietnamese readings): hand list, public facts.
const CHINESE_SURNAMES =
  "Vương Lý Trương Lưu Trần Dương Hoàng Triệu Chu Ngô Từ Tôn Mã Hồ Quách Hà Cao Lâm La Trịnh Lương Tạ Tống Đường " +
  "Hàn Phùng Vu Đổng Tiêu Trình Thái Viên Đặng Hứa Phó Thẩm Tăng Bành Lữ Tô Lư Tưởng Sái Giả Đinh Ngụy Tiết Diệp " +
  "Diêm Dư Phan Đỗ Đái Hạ Chung Uông Điền Nhậm Khương Phạm Phương Thạch Diêu Đàm Liêu Trâu Hùng Kim Lục Hác Khổng " +
  "Bạch Thôi Khang Mao Khâu Tần Giang Sử Cố Hầu Thiệu Mạnh Long Vạn Đoàn Chương Tiền Thang Doãn Lê Dịch Thường Vũ " +
  "Kiều Lại Cung Văn Tập Ôn Quan Âu Dương Tư Mã Gia Cát";

const surnames = readTsv("surnames_vi.tsv").map((r) => [r.surname, r.surname, "vi", r.rank || ""]);
const known = new Set(surnames.map((r) => r[0]));
for (const s of CHINESE_SURNAMES.split(" ")) {
  if (!known.has(s)) surnames.push([s, s, "zh", ""]);
}
// "Tư Mã", "Gia Cát" are compounds: rejoin the two halves split above.
const rows = surnames.filter((r) => !["Tư", "Mã", "Gia", "Cát"].includes(r[0]) || known.has(r[0]));
rows.push(["Tư Mã", "Tư Mã", "zh", ""], ["Gia Cát", "Gia Cát", "zh", ""], ["Mã", "Mã", "zh", ""]);
// "Thích": the dharma surname of Vietnamese Buddhist monks and nuns ("Thích Minh Tâm").
rows.push(["Thích", "Thích", "religious", ""]);
write(
  "person/surnames.tsv",
  [
    "# source: ../shared/data/surnames_vi.tsv (vietnamese-namedb, Copyright (c) 2016 Van-Duyet Le; vietnamese-name-generator, Copyright (c) 2026 hungnguyen), plus a hand list of Sino-Vietnamese renderings of Chinese surnames (public facts); built by scripts/import-names.mjs",
    "# licence: MIT (upstream lists), CC0 (hand list)",
    "# columns: canonical origin rank",
  ],
  rows,
);

const syll = readTsv("given_name_syllables.tsv").map((r) => [r.syllable, r.syllable, String(Number(r.sample_given || 0) + Number(r.list_boy || 0) + Number(r.list_girl || 0)), r.sample_middle || "0"]);
write(
  "person/given-syllables.tsv",
  [
    "# source: ../shared/data/given_name_syllables.tsv (vietnamese-namedb, Copyright (c) 2016 Van-Duyet Le); built by scripts/import-names.mjs",
    "# licence: MIT",
    "# columns: canonical given middle",
  ],
  syll,
);

const ranks = [];
for (const r of readTsv("ranks_vi.tsv")) {
  ranks.push([r.rank, r.rank, r.tier, r.order]);
  for (const a of r.aliases.split("|").filter(Boolean)) ranks.push([a, r.rank, r.tier, r.order]);
}
// Chuẩn úy: the rank below Thiếu úy in older texts and in the professional-soldier grades.
ranks.push(["Chuẩn úy", "Chuẩn úy", "cấp úy", "12.5"], ["Chuẩn uý", "Chuẩn úy", "cấp úy", "12.5"]);
write(
  "official/ranks.tsv",
  [
    "# source: ../shared/data/ranks_vi.tsv (ranks from Luật Sĩ quan QĐND, Luật Nghĩa vụ quân sự, Luật Công an nhân dân); built by scripts/import-names.mjs",
    "# licence: CC0",
    "# columns: canonical tier order",
  ],
  ranks,
);

const places = [];
for (const r of readTsv("countries_vi.tsv")) {
  const amb = new Set(r.ambiguous_forms.split("|").filter(Boolean));
  places.push([r.name, r.name, amb.has(r.name) ? "ambiguous" : r.kind]);
  for (const a of r.aliases.split("|").filter(Boolean)) places.push([a, r.name, amb.has(a) ? "ambiguous" : r.kind]);
  // "Mỹ", "Anh", "Đức" are also given names: kept, marked, and read as places only right after a title.
  for (const a of amb) if (!r.aliases.split("|").includes(a) && a !== r.name) places.push([a, r.name, "ambiguous"]);
  if (r.name_en && r.name_en !== r.name && /^[A-Z]/.test(r.name_en)) places.push([r.name_en, r.name, r.kind]);
}
write(
  "official/places.tsv",
  [
    "# source: ../shared/data/countries_vi.tsv (Unicode CLDR 48, Copyright © 1991-2025 Unicode, Inc.; umpirsky/country-list, Copyright (c) Saša Stamenković; i18n-iso-countries, Copyright (c) 2016 widdix GmbH); built by scripts/import-names.mjs",
    "# licence: Unicode-3.0, MIT",
    "# columns: canonical kind",
  ],
  places.filter((p) => !p[0].includes(",")),
);

// Lowercase syllables that occur inside the names of official bodies: they may continue an organization's name.
const words = new Map();
const addName = (name) => {
  for (const w of name.split(/[\s,]+/)) if (w && w === w.toLowerCase() && /\p{L}/u.test(w)) words.set(w, (words.get(w) ?? 0) + 1);
};
for (const r of readTsv("vn_central_bodies.tsv")) {
  addName(r.name);
  for (const a of r.aliases.split("|")) addName(a);
}
for (const r of readTsv("intl_orgs_vi.tsv")) addName(r.name);
// Function words are not name parts; a few syllables of common unit names are added by hand.
for (const w of ["các", "cho", "về", "và", "của", "nói", "người", "số", "lớn", "trong", "đỏ", "không", "mỏ", "dầu", "đá"]) words.delete(w);
for (const w of ["vũ", "trang", "di", "dân", "cảnh", "sát", "phòng", "chống", "mật", "thuế", "quan", "nội", "vụ", "tài", "chính", "tế", "y", "tư", "pháp", "giáo", "dục", "đào", "tạo", "khoa", "học", "nghệ", "xây", "dựng", "thương", "lao", "động", "thương binh", "xã", "hội", "văn", "hóa", "thể", "thao", "du", "lịch", "nông", "nghiệp", "môi", "trường", "thông", "tin", "truyền", "giao", "vận", "tải", "kế", "hoạch", "đầu", "tư", "ngoại", "dân tộc", "tôn", "hình", "sự", "kinh", "tế", "cơ", "động", "biên", "phòng", "chính", "trị", "tổng", "hợp", "tham", "mưu", "hậu", "cần", "kỹ", "thuật", "quản", "lý", "hành", "điều", "tra", "kiểm", "toán", "xuất", "nhập", "cảnh", "giao", "thông", "trật", "tự", "an", "ninh", "mạng", "nhân", "dân", "đối", "ngoại", "tuyên", "vận", "tổ", "chức", "kiểm", "tra", "thường", "vụ", "quốc", "gia", "đặc", "nhiệm", "ma", "túy", "kinh", "tế", "bình", "đẳng", "giới", "gia", "đình", "phố", "tỉnh", "huyện", "quận", "phường", "thị", "trấn", "thành", "khu", "vực"]) {
  for (const part of w.split(" ")) if (!words.has(part)) words.set(part, 0);
}
write(
  "official/org-words.tsv",
  [
    "# source: ../shared/data/vn_central_bodies.tsv and intl_orgs_vi.tsv (hand-compiled names of bodies, public facts); built by scripts/import-names.mjs",
    "# licence: CC0",
    "# columns: canonical count",
  ],
  [...words].map(([w, n]) => [w, w, String(n)]),
);

// Ministry fields: "Bộ trưởng Ngoại giao" names the ministry by its field only, which stays in the TITLE.
const fields = [];
for (const r of readTsv("vn_central_bodies.tsv")) {
  if (!/^ministry/.test(r.kind)) continue;
  const m = /^Bộ (.+)$/.exec(r.name);
  if (m) fields.push([m[1], m[1]]);
}
write(
  "official/ministry-fields.tsv",
  [
    "# source: ../shared/data/vn_central_bodies.tsv (hand-compiled names of ministries, public facts); built by scripts/import-names.mjs",
    "# licence: CC0",
  ],
  fields,
);

// Whole names of standing bodies that fill a title's slot ("Ủy viên Trung ương Đảng", "Thủ tướng Chính phủ").
const bodies = [];
for (const r of readTsv("vn_central_bodies.tsv")) {
  bodies.push([r.name, r.name, "ORG"]);
  for (const a of r.aliases.split("|").filter(Boolean)) bodies.push([a, r.name, "ORG"]);
}
for (const r of readTsv("intl_orgs_vi.tsv")) {
  if (r.name) bodies.push([r.name, r.name, "ORG"]);
  if (r.acronym) bodies.push([r.acronym, r.name || r.acronym, "ORG"]);
  for (const a of r.aliases.split("|").filter(Boolean)) bodies.push([a, r.name || r.acronym, "ORG"]);
}
write(
  "official/bodies.tsv",
  [
    "# source: ../shared/data/vn_central_bodies.tsv and intl_orgs_vi.tsv (hand-compiled names of bodies, public facts); built by scripts/import-names.mjs",
    "# licence: CC0",
    "# columns: canonical type",
  ],
  bodies,
);
