// Times the peers a user would pick instead of ReplyQuality over one JSONL corpus (one record a line, the reply in
// "text"): alex (insensitive, inconsiderate writing; its plain-text API) and obscenity (a profanity matcher with the
// English dataset and its recommended transformers). Single thread; each tool lints the whole corpus once as a
// warm-up, then once timed (only the linting: the corpus is read and parsed beforehand).
// Usage: node peers.mjs corpus.jsonl [alex|obscenity ...]
// Prints one JSON line per tool: {"tool":"alex","replies":N,"seconds":S,"perSecond":R}; a sanity count of what each
// tool found goes to standard error.
import {readFileSync} from 'node:fs'
import {text as alex} from 'alex'
import {RegExpMatcher, englishDataset, englishRecommendedTransformers} from 'obscenity'

const [corpusPath, ...only] = process.argv.slice(2)
if (!corpusPath) {
  console.error('usage: node peers.mjs corpus.jsonl [alex|obscenity ...]')
  process.exit(2)
}

const replies = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line).text)

const matcher = new RegExpMatcher({
  ...englishDataset.build(),
  ...englishRecommendedTransformers
})

/** Each tool lints one reply and returns how many findings it reported. */
const tools = [
  {tool: 'alex', lint: (reply) => alex(reply).messages.length},
  {tool: 'obscenity', lint: (reply) => matcher.getAllMatches(reply).length}
].filter(({tool}) => only.length === 0 || only.includes(tool))

/** Lints every reply once; returns the number of findings (so the work cannot be optimised away). */
function pass(lint) {
  let findings = 0
  for (const reply of replies) findings += lint(reply)
  return findings
}

for (const {tool, lint} of tools) {
  pass(lint) // warm-up: JIT, lazily built tables
  const start = process.hrtime.bigint()
  const findings = pass(lint)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  console.error(`${tool}: ${findings} findings in ${replies.length} replies`)
  console.log(
    JSON.stringify({
      tool,
      replies: replies.length,
      seconds: Number(seconds.toFixed(3)),
      perSecond: Math.round(replies.length / seconds)
    })
  )
}
