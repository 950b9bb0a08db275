/**
 * Named sub-patterns of the date grammar, composed into rule patterns with
 * `compose("{weekday}{s}{dmy}", …)`. Written in lowercase Vietnamese; the
 * rules compile each pattern twice, as written and folded (no diacritics).
 * Every piece is linear: alternations of fixed words and bounded digit
 * runs, no nested quantifiers.
 */

/** One or more spaces on the same line. */
const s = "[ \\t]+";
/** Optional spaces. */
const os = "[ \\t]*";

export const SUB: Readonly<Record<string, string>> = {
  s,
  os,
  /** Start of a word: nothing letter- or digit-like just before. */
  lb: "(?<![\\p{L}\\p{M}\\p{N}])",
  /** End of a word or number: no letter, digit, or separator+digit after. */
  rb: "(?![\\p{L}\\p{M}\\p{N}]|[/.:,-]\\p{N})",
  // "19", "05", "3"
  day: "(?:0?[1-9]|[12]\\d|3[01])",
  // "02", "2", "12"
  month: "(?:0?[1-9]|1[0-2])",
  // "2026", "1986", "2204" (a typo is still annotated)
  year: "(?:1[5-9]\\d\\d|2[0-2]\\d\\d)",
  // "19/02/2026", "19-2-2026", "19.2.2026"
  dmy: "(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:1[5-9]\\d\\d|2[0-2]\\d\\d)",
  // "29-11", "11/1", "19.2" (dotted: only after a day word, see rule-kit)
  dm: "(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])",
  // "1/1 năm 2026", "12-6 năm 2025"
  dmNamY: `(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])${s}năm${s}(?:1[5-9]\\d\\d|2[0-2]\\d\\d)`,
  // "2", "12", "Chín", "Mười một" (a month written in words, as in formal text)
  monthAny: "(?:mười[ \\t]+một|mười[ \\t]+hai|0?[1-9]|1[0-2]|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)",
  // "19 tháng 2 năm 2026", "12 tháng 6", "2 tháng Chín năm 1945"
  dmVerbal: `(?:0?[1-9]|[12]\\d|3[01])${s}tháng${s}(?:mười[ \\t]+một|mười[ \\t]+hai|0?[1-9]|1[0-2]|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\\p{L}\\p{N}])(?:${s}năm${s}(?:1[5-9]\\d\\d|2[0-2]\\d\\d))?`,
  // "tháng 11-2020", "tháng 11/2020", "tháng 11 năm 2020", "tháng 11, 2020", "tháng Tám năm 1945"
  monthYear: `tháng${s}(?:(?:0?[1-9]|1[0-2])(?:[/.-]|${os},${os}|${s}năm${s})|(?:mười[ \\t]+một|mười[ \\t]+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)${s}năm${s})(?:1[5-9]\\d\\d|2[0-2]\\d\\d)`,
  // "tháng 3"
  monthOnly: `tháng${s}(?:0?[1-9]|1[0-2])`,
  // "năm 2025"
  yearWord: `năm${s}(?:1[5-9]\\d\\d|2[0-2]\\d\\d)`,
  // "Thứ Năm", "thứ 5", "Chủ nhật", "CN"
  weekday: "(?:thứ[ \\t]+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ[ \\t]+nhật|cn)",
  // "sáng", "chiều tối", "rạng sáng"
  partOfDay: "(?:rạng[ \\t]+sáng|sáng[ \\t]+sớm|chiều[ \\t]+tối|đêm[ \\t]+khuya|tối[ \\t]+muộn|sáng|trưa|chiều|tối|đêm|khuya)",
  // "16:38", "16:38:05", "6:05 pm", "7h30", "20h", "20 giờ 30 phút", "20 giờ"
  time: `(?:(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:${os}(?:am|pm)(?![\\p{L}]))?|(?:[01]?\\d|2[0-4])[hg](?:[0-5]\\d)?(?:ph|p)?(?![\\p{L}\\p{N}])|(?:[01]?\\d|2[0-4])${s}giờ(?:${s}(?:[0-5]?\\d)(?:${s}phút)?)?)`,
  // "GMT+7", "(GMT+07:00)", "UTC+7"
  tz: "(?:\\(?(?:gmt|utc)[ \\t]?[+-][ \\t]?\\d{1,2}(?::?\\d\\d)?\\)?)",
  // "đầu", "cuối", "hết", "trung tuần"
  modifier: "(?:trung[ \\t]+tuần|thượng[ \\t]+tuần|hạ[ \\t]+tuần|đầu|giữa|cuối|hết)",
  // "III", "3"
  quarter: "(?:iv|iii|ii|i|[1-4])",
  // "ba", "3", "mười"
  count: "(?:\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi)",
  // "Giêng", "Chạp", "3"
  lunarMonth: "(?:giêng|chạp|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười[ \\t]+một|mười[ \\t]+hai|mười|11|12|10|0?[1-9])",
  // "mùng 3", "mồng 3", "mùng ba"
  lunarDay: "(?:mùng|mồng)[ \\t]+(?:10|0?[1-9]|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)",
  // "Bính Ngọ", "Giáp Thìn"
  canChi: "(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)[ \\t]+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)",
};

/**
 * What the first token of a sub-pattern can be, as start keys (see
 * start-keys.ts): a word as written, or a number's shape: "#int" (1–3
 * digits), "#year" (4 digits), "#dm" ("19/2", "29-11", "19.2/2026"),
 * "#time" ("16:38", "7h30"), "#yx" ("1895-1986"); "first>next|next" also
 * requires the token after. "#int2-7" names the 1–3 digit numbers whose
 * first digit is 2 to 7 alone ("#int" names them too): the only numbers a
 * weekday's "[2-7]" can begin, so "thứ 8", "thứ 16" (ordinals) run no rule.
 */
export const FIRST: Readonly<Record<string, string>> = {
  // "16:38", "7h30", "20 giờ"
  time: "#time #int>giờ",
  // "2026"
  year: "#year",
  // "ba", "3"
  count: "#int một hai ba bốn năm sáu bảy bẩy tám chín mười mươi",
  // "sáng", "rạng sáng"
  partOfDay: "rạng>sáng sáng chiều tối đêm trưa khuya",
  // second words of two-word parts of day: "sáng sớm", "chiều tối", "đêm khuya", "tối muộn"
  pod2: "sớm tối khuya muộn",
  // "thứ Năm", "thứ 5", "Chủ nhật", "CN"
  weekday: "thứ>hai|ba|tư|năm|sáu|bảy|bẩy|#int2-7 chủ>nhật cn",
  // "trung tuần", "đầu"
  modifier: "trung>tuần thượng>tuần hạ>tuần đầu giữa cuối hết",
  // "tháng Tám", "tháng Chạp"
  monthWord: "một hai ba bốn tư năm sáu bảy bẩy tám chín mười giêng chạp",
  // "tuần này", "năm ngoái"
  relWord: "này trước qua tới sau nay ngoái kia",
  // "mùng 3"
  lunarDay: "mùng mồng",
  // "March 7, 2024"
  enMonth: "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december",
};

/**
 * Replace each `{name}` in `template` by `(?:SUB[name])`. Unknown names
 * throw at module load, so a typo cannot ship.
 */
export function compose(template: string): string {
  return template.replace(/(?<!\\[pP])\{([a-z]\w*)\}/g, (_, name: string) => {
    const sub = SUB[name];
    if (sub === undefined) throw new Error(`date grammar: unknown sub-pattern {${name}}`);
    return `(?:${sub})`;
  });
}
