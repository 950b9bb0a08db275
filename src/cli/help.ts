/** Help texts of the command line tool. */

export const MAIN_HELP = `thucthe: entities in Vietnamese news text (officials, people, organizations,
places, events, dates, numbered documents) as typed spans with exact offsets.

Usage:
  thucthe extract [options] [FILE|DIR|GLOB|-]...   find the entities
  thucthe eval DIR [options]                       score against gold files
  thucthe demo                                     run on the bundled corpus
  thucthe --version | --help

Run "thucthe <command> --help" for a command's options and examples.

Examples:
  thucthe extract article.txt
  echo "Bộ trưởng Bộ Công an Lương Tam Quang đến Hà Nội ngày 19/02/2026." | thucthe extract -
  thucthe extract --format html --out view.html corpora/articles
  thucthe eval corpora/articles
`;

export const EXTRACT_HELP = `thucthe extract [options] [FILE|DIR|GLOB|-]...

Finds the entities in each input and writes them in order.

Inputs:
  FILE.txt            one document (the name is the file name without .txt)
  FILE.jsonl          one document per line: {"id", "text", "refDate"?}; other
                      fields are passed through to the output (.ndjson too)
  DIR                 every .txt, .jsonl and .ndjson file below it, sorted
  'GLOB'              quoted pattern: * ? [abc] {a,b} and ** for any depth
  -                   stdin: JSONL if it starts with "{", else one plain text
                      (the default when no input is given and stdin is piped)

Options:
  -f, --format F      jsonl (default) | json | conll | brat | html
                        jsonl  one line per document: {"doc", "refDate", "spans"}
                        json   an array of those records (one file per doc with --out DIR)
                        conll  token, start, end, BIO tag over the outermost spans
                        brat   standoff .ann beside a copy of the .txt (needs --out DIR)
                        html   one self-contained page with the entities highlighted
  -o, --out PATH      write to PATH instead of stdout. A directory (existing,
                      or ending in "/") gets one file per document; any other
                      PATH is one file, written whole or not at all
  -t, --types T,T     only these types: PERSON RANK TITLE OFFICIAL ORG LOC EVENT
                      DATE DOCUMENT (OFFICIAL parts of those types are kept)
  --ref-date DATE     reference date YYYY-MM-DD for relative dates ("hôm nay");
                      default: each document's dateline. A JSONL "refDate" wins
  --terms FILE.tsv    your own gazetteer: "surface<TAB>TYPE" lines, or surfaces
                      under a "# type: ORG" header (repeatable)
  -j, --workers N     worker threads (default: number of cores; 0 = main thread)
  --timeout S         stop and report a task (a file, or up to 256 KB of JSONL
                      lines) still running after S seconds (default 600; 0 = none)
  --errors FILE       also write every error as a JSONL line {file, line, doc, message}
  --resume            with --out DIR: skip documents whose output already exists
  --input MODE        auto (default) | text | jsonl: how to read stdin and files
  --keep-text         include each document's text in json/jsonl records
  -q, --quiet         no progress bar and no summary (errors are still printed)
  -h, --help          this help

Errors: a document that cannot be read (invalid UTF-8, a malformed JSONL line,
an unreadable file) is reported on stderr as FILE:LINE: message and skipped;
the rest is processed and the exit code is 1. In JSONL stdout mode a bad line
still gets one output line, {"doc": null, "error": "…", "spans": []}, so the
output has one line per non-blank input line. Usage errors exit with 2.

Examples:
  thucthe extract article.txt
  thucthe extract --format jsonl corpora/articles/*.txt > pred.jsonl
  thucthe extract - < news.jsonl > entities.jsonl
  thucthe extract --workers 8 --out out/ --resume --errors errors.jsonl 'archive/**/*.txt'
  thucthe extract --format brat --out brat/ corpora/articles
  thucthe extract --format conll --types ORG,LOC,PERSON corpora/articles > train.conll
  thucthe extract --format html --out view.html corpora/articles
  thucthe extract --terms my-orgs.tsv --ref-date 2026-02-19 note.txt
  cat big.jsonl | parallel --pipe --keep-order -j 4 thucthe extract -q --workers 1 - > out.jsonl
`;
