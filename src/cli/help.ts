/** `--help`: every option and what the exit codes mean. */
export const USAGE =
  'usage: npm run check -- <file.html | file.txt | -> [--all] [--strict] [--json] [--html FILE] [--pack FILE]...';

export const HELP = `Bhutan Fact Flags: check an article about Bhutan's foreign relations against vetted claims.

${USAGE}

Input
  FILE.html, FILE.htm   read as a web page: the same extraction rules as the browser extension
                        (headings, paragraphs, list items, quotes, table cells; no navigation,
                        comments or reference lists)
  FILE.txt (any other)  read as plain text; a blank line separates paragraphs
  -                     read standard input (HTML when it starts like HTML, else text)

Options
  --all                 check every sentence, without the topic gate: for snippets and drafts
                        that are not a whole article about Bhutan's foreign relations
  --strict              flag only the most certain matches (confidence 0.75 instead of 0.6)
  --json                print one JSON object (relevance, topic evidence, flags with positions
                        and sources) instead of the readable report
  --html FILE           also write a standalone annotated report to FILE: the article's text with
                        each flag highlighted as in the browser and its card beside it; it needs
                        no network and no script
  --pack FILE           check against this claim pack instead of the bundled one; repeat it to
                        use several packs (the pack format of docs/pack-format.md)
  -h, --help            show this help

Positions
  Text input: line and column of the sentence's first character (both from 1).
  HTML input: block and sentence number (both from 1), in the order the text is read.

Exit codes
  0  the check ran (whether or not anything was flagged)
  2  bad arguments, a missing or unreadable input, or a bad pack (one line on stderr says which)
  1  an unexpected internal error (please report it)
`;
