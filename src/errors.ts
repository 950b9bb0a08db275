/** Base class of the errors thucthe throws (API misuse, unreadable input in the CLI). Text never throws. */
export class ThucTheError extends Error {
  /** File the error is about, when there is one. */
  readonly file?: string;
  /** 1-based line in that file, when known. */
  readonly line?: number;
  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.name = "ThucTheError";
    if (where.file !== undefined) this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
  }
}

/** The caller passed an option of the wrong shape. */
export class OptionError extends ThucTheError {
  constructor(message: string) {
    super(message);
    this.name = "OptionError";
  }
}

/** The CLI could not read an input (invalid UTF-8, malformed JSONL, unreadable file). */
export class InputError extends ThucTheError {
  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message, where);
    this.name = "InputError";
  }
}
