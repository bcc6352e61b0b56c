/**
 * The files `argmap init` writes, by path inside the new folder: a map with one thread, one
 * claim and one quote, the article the quote comes from, and a README on what to do next.
 * The quote is verbatim in the article, so `argmap check` passes on a fresh folder.
 */
export function scaffoldFiles(folderName: string): Record<string, string> {
  return {
    'debate.md': MAP,
    'sources/four-day-week.txt': ARTICLE,
    'README.md': readme(folderName),
  };
}

const ARTICLE = `Schools try the four-day week
By A. Writer, The Example Gazette, 2024-09-01

More than a hundred rural school districts have moved to a four-day week. Their superintendents say the change helps them hire teachers they could not otherwise afford.

"We cannot match the salaries of the city districts, but we can offer a three-day weekend," one superintendent said.

Critics point to the families who must find childcare on the fifth day. A study of one state found that test scores fell slightly in districts that made the switch.
`;

const MAP = `# four-day-week: Should schools move to a four-day week?

A thread is one question of the debate. Every claim below it belongs to it.

## four-day-week-helps-hiring: A four-day week helps schools hire teachers.

- tags: staffing

A claim is one sentence, neutrally worded. Its quotes are verbatim words from a source.

> Their superintendents say the change helps them hire teachers they could not otherwise afford.
>
> — gazette-four-day-week

# Sources

## gazette-four-day-week: Schools try the four-day week

- file: four-day-week.txt
- author: A. Writer
- outlet: The Example Gazette
- date: 2024-09-01
- url: https://example.org/four-day-week
- kind: news report
- stance:
  - four-day-week: mixed — Reports the hiring argument and the critics' worries.
`;

function readme(folderName: string): string {
  return `# ${folderName}

An argument map: claims in Markdown (\`debate.md\`), each backed by verbatim quotes from the
articles in \`sources/\`.

1. Put the articles you argue from in \`sources/\`, as plain text or Markdown.
2. Add a \`## source-id: Title\` under \`# Sources\` in \`debate.md\` for each, with \`- file:\` naming it.
3. Add claims under a \`# thread-id: Question\`: \`## claim-id: One sentence.\`, then
   \`- supports: other-claim\` or \`- attacks: other-claim\`, then the quote that backs it
   (\`> words\`, \`>\`, \`> — source-id\`). Start new files whenever you like: every \`.md\` file here is
   part of the map.

\`\`\`sh
npx argument-map check ${folderName}        # every quote is checked against sources/
npx argument-map serve ${folderName}        # the map in your browser, reloaded as you save
npx argument-map coverage ${folderName}     # which parts of each article are still unmapped
npx argument-map site ${folderName} -o site # a static site to share
\`\`\`
`;
}
