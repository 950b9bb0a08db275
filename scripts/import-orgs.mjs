#!/usr/bin/env node
// Builds dictionaries/org/*.tsv from ../shared/data (intl_orgs_vi.tsv and
// vn_central_bodies.tsv, hand-compiled facts, CC0) plus the hand-written list
// of news outlets and platforms kept in this script.
// Run: node scripts/import-orgs.mjs [path/to/shared/data]
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, dataDir, readTsv } from "./lib/shared-data.mjs";

const outDir = join(root, "dictionaries", "org");
mkdirSync(outDir, { recursive: true });

function writeDict(file, header, rows) {
  const seen = new Set();
  const body = [];
  for (const r of rows) {
    const line = r.map((c) => String(c ?? "").replace(/\t/g, " ").normalize("NFC")).join("\t");
    if (!r[0] || seen.has(r[0])) continue; // one row per surface: the first reading wins
    seen.add(r[0]);
    body.push(line);
  }
  body.sort((a, b) => a.localeCompare(b, "vi"));
  writeFileSync(join(outDir, file), header.map((h) => `# ${h}\n`).join("") + body.join("\n") + "\n");
  console.log(`${file}: ${body.length} rows`);
}

// kind: "name" (a full name), "acronym" (all-caps short form), "abbr" (Vietnamese abbreviation)
const isAcronym = (s) => /^[\p{Lu}\d&.+-]+( [\p{Lu}\d]+)?$/u.test(s) && /\p{Lu}{2}/u.test(s);

const intl = [];
for (const o of readTsv("intl_orgs_vi.tsv")) {
  const canon = o.name || o.acronym;
  if (o.acronym) intl.push([o.acronym, canon, "acronym", o.kind]);
  if (o.name) intl.push([o.name, canon, "name", o.kind]);
  for (const a of o.aliases.split("|").filter(Boolean)) intl.push([a, canon, isAcronym(a) ? "acronym" : "name", o.kind]);
  if (o.name_en && o.name_en.split(" ").length > 1) intl.push([o.name_en, canon, "name", o.kind]);
}
writeDict(
  "intl-orgs.tsv",
  [
    "source: ../shared/data/intl_orgs_vi.tsv (official names of international organizations, hand-compiled facts); built by scripts/import-orgs.mjs",
    "licence: CC0",
    "type: ORG",
    "columns: canonical form kind",
  ],
  intl,
);

const bodies = [];
for (const b of readTsv("vn_central_bodies.tsv")) {
  bodies.push([b.name, b.name, "name", b.kind]);
  for (const a of b.aliases.split("|").filter(Boolean)) {
    // Three-letter ministry initials (BTC, BCT, BCA …) collide with "Ban Tổ chức", "Bộ Chính trị": left out.
    if (/^B[A-ZĐ]{2}$/.test(a)) continue;
    bodies.push([a, b.name, isAcronym(a) ? "acronym" : "name", b.kind]);
  }
}
// Standing bodies and forces named without a head noun (hand-written, CC0; ANNOTATION.md, RULES.md 16-17).
for (const [s, kind] of [
  ["Công an nhân dân", "force"], ["Công an Nhân dân", "force"], ["CAND", "force"], ["Quân đội nhân dân", "force"],
  ["QĐND", "force"],
  ["Bộ đội Biên phòng", "force"], ["Cảnh sát biển Việt Nam", "force"], ["Cảnh sát biển", "force"], ["Hải quân nhân dân Việt Nam", "force"],
  ["Nhà nước", "state"], ["Đảng", "party"], ["Đảng Cộng sản Việt Nam", "party"], ["Trung ương Đảng", "party"],
  ["Ban Chấp hành Trung ương", "party"], ["Quốc hội", "state"], ["Chính phủ", "government"], ["Ban Bí thư", "party"],
  ["UBND", "government"], ["HĐND", "state"], ["MTTQ", "front"], ["Mặt trận Tổ quốc", "front"],
  ["Bảo hiểm xã hội Việt Nam", "government agency"], ["Bảo hiểm xã hội", "government agency"], ["BHXH", "government agency"],
  ["Kho bạc Nhà nước", "government agency"], ["Tổng cục Hải quan", "government agency"], ["Cục Hải quan", "government agency"],
  ["Tòa án nhân dân", "court"], ["Viện kiểm sát nhân dân", "procuracy"], ["TAND", "court"], ["VKSND", "procuracy"],
]) {
  bodies.push([s, s, isAcronym(s) ? "acronym" : "name", kind]);
}
writeDict(
  "vn-bodies.tsv",
  [
    "source: ../shared/data/vn_central_bodies.tsv (names of Vietnamese Party, State and Government bodies, hand-compiled facts) and names of standing bodies written by hand; built by scripts/import-orgs.mjs",
    "licence: CC0",
    "type: ORG",
    "columns: canonical form kind",
  ],
  bodies,
);

// News outlets, agencies and platforms named in credits and share buttons (hand-written, CC0).
const media = [
  "ANTV", "CAND", "TTXVN", "VNA", "VTV", "VTV1", "VTV4", "VOV", "VTC", "HTV", "VTCNews", "VnExpress", "Tuổi Trẻ", "Thanh Niên",
  "Dân trí", "Dân Trí", "Lao Động", "Người Lao Động", "Tiền Phong", "Nhân Dân", "Quân đội nhân dân", "Vietnamnet", "VietNamNet",
  "Zing", "Znews", "Kenh14", "Vietnam Plus", "VietnamPlus", "Vietnam News", "Thời báo Kinh tế Việt Nam", "VnEconomy", "Báo Chính phủ",
  "Công an nhân dân", "Pháp luật TP.HCM", "Sài Gòn Giải Phóng", "Hà Nội Mới", "Kinh tế & Đô thị", "Giáo dục & Thời đại",
  "CHINHPHU.VN", "Chinhphu.vn", "baochinhphu.vn", "Nhandan.vn", "VGP", "HGO",
  "Reuters", "AFP", "AP", "Bloomberg", "BBC", "CNN", "CNBC", "Al Jazeera", "Xinhua", "Tân Hoa Xã", "Kyodo", "Yonhap", "NHK",
  "Sputnik", "TASS", "RIA Novosti", "Nikkei", "The New York Times", "New York Times", "The Washington Post", "Washington Post",
  "The Guardian", "Financial Times", "Wall Street Journal", "The Straits Times", "Straits Times", "Bernama", "Antara",
  "Thời báo Hoàn Cầu", "Nhân dân Nhật báo", "CCTV", "CGTN", "Global Times", "South China Morning Post", "SCMP",
  "Facebook", "Messenger", "Zalo", "YouTube", "Youtube", "TikTok", "Twitter", "Instagram", "Telegram", "Google", "Apple",
  "Microsoft", "Amazon", "Meta", "LinkedIn", "WhatsApp", "Viber", "Shopee", "Lazada", "Tiki", "Grab",
];
writeDict(
  "media.tsv",
  ["source: hand-written for thucthe (names of news outlets, agencies and platforms)", "licence: CC0", "type: ORG", "columns: canonical"],
  media.map((m) => [m, m]),
);

// Large companies and brands often named alone in the news (hand-written, CC0).
const companies = [
  "Vietnam Airlines", "Vietjet Air", "Vietjet", "Bamboo Airways", "Vietcombank", "VietinBank", "BIDV", "Agribank", "Techcombank",
  "VPBank", "Sacombank", "SHB", "HDBank", "TPBank", "Viettel", "VNPT", "MobiFone", "FPT", "Vingroup", "VinFast", "Vinhomes",
  "Vinamilk", "Masan", "Hòa Phát", "Petrolimex", "PetroVietnam", "Petrovietnam", "PVN", "EVN", "Sabeco", "Habeco", "Novaland",
  "Thế Giới Di Động", "Samsung", "LG", "Toyota", "Honda", "Hyundai", "Huawei", "Xiaomi", "Tesla", "Boeing", "Airbus", "Nvidia",
  "Intel", "OpenAI", "SpaceX", "Netflix", "Alibaba", "Tencent", "ByteDance", "Foxconn", "Pegatron", "Canon", "Sony", "Panasonic",
];
writeDict(
  "companies.tsv",
  ["source: hand-written for thucthe (names of large companies)", "licence: CC0", "type: ORG", "columns: canonical"],
  companies.map((m) => [m, m]),
);
