/** Strict UTF-8 decoding that says where the bytes went wrong. */

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; byte: number; line: number; message: string };

/** Decode `bytes` (a leading BOM is dropped). On invalid UTF-8, report the byte offset and 1-based line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const byte = firstInvalidByte(bytes);
    let line = firstLine;
    for (let i = 0; i < byte; i++) if (bytes[i] === 10) line++;
    return { ok: false, byte, line, message: `invalid UTF-8 at byte ${byte}; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1258 -t UTF-8)` };
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (bytes.length if all are valid). */
export function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
