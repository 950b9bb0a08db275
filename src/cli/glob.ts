/**
 * Glob patterns for inputs the shell did not expand ("corpus/**\/*.txt"
 * quoted): `*`, `?`, `[abc]`, `{a,b}` and `**` for any depth.
 */

/** True when `s` holds a glob character. */
export function isGlob(s: string): boolean {
  return /[*?[{]/.test(s);
}

/** The directory part before the first segment with a glob character ("a/b/*.txt" → "a/b"). */
export function globBase(pattern: string): string {
  const parts = pattern.split("/");
  const base: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    base.push(p);
  }
  if (base.length === parts.length) base.pop();
  const joined = base.join("/");
  return joined === "" ? (pattern.startsWith("/") ? "/" : ".") : joined;
}

/** A RegExp matching whole paths (with "/" separators) against the pattern. */
export function globToRegExp(pattern: string): RegExp {
  let re = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        // Example: "a/**/b.txt" matches a/b.txt and a/x/y/b.txt
        const slashAfter = pattern[i + 2] === "/";
        re += slashAfter ? "(?:[^/]*/)*" : ".*";
        i += slashAfter ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
