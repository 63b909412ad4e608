// nm-tutor completion bash|zsh|fish: a shell completion script for verbs, subcommands, options and their values,
// files and folders, and the topic, concept and term ids of the pack in use (`--content`).
//
// A pack is untrusted text, and a completion script is code the learner's shell runs: bash's `compgen -W`
// expands the words it is given, zsh and fish evaluate what they source. So only words that match the id
// pattern ([a-z0-9-]) reach a script, and each is quoted for its shell as well.
import type { Context } from '../context.js';
import { ID_PATTERN } from '../content/yaml-readers.js';
import { ExitCode, UserError } from '../errors.js';
import { words as catalogue } from '../words.js';

export interface CompletionWords {
  verbs: string[];
  /** Options per verb, long and short spellings (e.g. `--lesson`, `-l`). */
  options: Record<string, string[]>;
  topics: string[];
  concepts: string[];
  terms: string[];
}

/** What a verb's positional arguments are. */
const SUBCOMMANDS: Record<string, readonly string[]> = {
  progress: ['export', 'import'],
  new: ['lesson', 'quiz'],
  completion: ['bash', 'zsh', 'fish'],
};
const EXPORT_FORMATS = ['anki', 'csv', 'json'];
const GLOBAL_OPTIONS = ['--help', '--version', '--plain', '--no-color', '--content'];

/**
 * Only words that cannot mean anything to a shell; everything else in a pack is left out. An alias with
 * spaces ("four ps") is offered as its hyphenated form, which lookups accept.
 */
export function safeWords(words: readonly string[]): string[] {
  const slugs = words.map((w) => w.trim().toLowerCase().replace(/\s+/g, '-'));
  return [...new Set(slugs.filter((w) => ID_PATTERN.test(w)))];
}

const OPTION_WORD = /^-{1,2}[a-z][a-z-]*$/;
const safeOptions = (opts: readonly string[]) => opts.filter((o) => OPTION_WORD.test(o));

/** POSIX single quotes (bash, zsh): nothing inside is expanded. */
export function quotePosix(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** fish single quotes: only \\ and \' are special inside. */
export function quoteFish(s: string): string {
  return `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

function clean(w: CompletionWords): CompletionWords {
  return {
    verbs: safeWords(w.verbs),
    options: Object.fromEntries(
      Object.entries(w.options)
        .filter(([verb]) => ID_PATTERN.test(verb))
        .map(([verb, o]) => [verb, safeOptions(o)]),
    ),
    topics: safeWords(w.topics),
    concepts: safeWords(w.concepts),
    terms: safeWords(w.terms),
  };
}

export function bashScript(words: CompletionWords): string {
  const w = clean(words);
  const q = (list: readonly string[]) => quotePosix(list.join(' '));
  const optionCases = Object.entries(w.options)
    .map(([verb, opts]) => `    ${verb}) opts=${q(opts)} ;;`)
    .join('\n');
  return `${catalogue.completion.header('bash', 'source <(nm-tutor completion bash)').join('\n')}
_nm_tutor() {
  local cur prev verb sub i w opts words
  local topics=${q(w.topics)} concepts=${q(w.concepts)} terms=${q(w.terms)}
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  COMPREPLY=()
  # With --content DIR on the line, the ids are that pack's (asked of nm-tutor itself, which filters them).
  local content="" kind list
  for (( i = 1; i < COMP_CWORD - 1; i++ )); do [ "\${COMP_WORDS[i]}" = --content ] && content="\${COMP_WORDS[i+1]}"; done
  if [ -n "$content" ]; then
    topics=""; concepts=""; terms=""
    while read -r kind list; do
      case "$kind" in topics) topics="$list" ;; concepts) concepts="$list" ;; terms) terms="$list" ;; esac
    done < <("\${COMP_WORDS[0]}" --content "\${content/#\\~/$HOME}" completion bash --ids 2>/dev/null)
  fi
  case "$prev" in
    --content|-d|--dir) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    -o|--out) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    -f|--format) mapfile -t COMPREPLY < <(compgen -W ${q(EXPORT_FORMATS)} -- "$cur"); return ;;
    -l|--lesson|-t|--topic) mapfile -t COMPREPLY < <(compgen -W "$topics" -- "$cur"); return ;;
    -n|--limit|--seed) return ;;
  esac
  verb=""; sub=""
  for (( i = 1; i < COMP_CWORD; i++ )); do
    w="\${COMP_WORDS[i]}"
    case "$w" in
      --content|-d|--dir|-o|--out|-f|--format|-l|--lesson|-t|--topic|-n|--limit|--seed) (( i++ )) ;;
      -*) ;;
      *) if [ -z "$verb" ]; then verb="$w"; elif [ -z "$sub" ]; then sub="$w"; fi ;;
    esac
  done
  if [ -z "$verb" ]; then
    mapfile -t COMPREPLY < <(compgen -W ${q([...w.verbs, ...GLOBAL_OPTIONS])} -- "$cur"); return
  fi
  case "$verb" in
${optionCases}
    *) opts="--help" ;;
  esac
  words=""
  case "$verb" in
    learn|reset) [ -z "$sub" ] && words="$topics" ;;
    compare) words="$concepts" ;;
    define) words="$terms" ;;
    completion) [ -z "$sub" ] && words=${q(SUBCOMMANDS.completion!)} ;;
    new) [ -z "$sub" ] && words=${q(SUBCOMMANDS.new!)} ;;
    progress)
      if [ -z "$sub" ]; then words=${q(SUBCOMMANDS.progress!)}
      else opts="--help"
        if [ "$sub" = import ] && [[ "$cur" != -* ]]; then compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return; fi
      fi ;;
    validate)
      if [[ "$cur" != -* ]] && [ -z "$sub" ]; then compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return; fi ;;
  esac
  # Options when one is being typed (or nothing else fits), otherwise the words that fit here.
  if [[ "$cur" == -* ]] || [ -z "$words" ]; then words="$opts"; fi
  mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _nm_tutor nm-tutor
`;
}

export function zshScript(words: CompletionWords): string {
  const w = clean(words);
  const arr = (list: readonly string[]) => `(${list.map(quotePosix).join(' ')})`;
  const optionCases = Object.entries(w.options)
    .map(([verb, opts]) => `    ${verb}) opts=${arr(opts)} ;;`)
    .join('\n');
  return `#compdef nm-tutor
${catalogue.completion.header('zsh', 'source <(nm-tutor completion zsh)').join('\n')}
_nm_tutor() {
  local -a verbs topics concepts terms opts
  local verb sub prev i
  verbs=${arr([...w.verbs, ...GLOBAL_OPTIONS])}
  topics=${arr(w.topics)}
  concepts=${arr(w.concepts)}
  terms=${arr(w.terms)}
  prev="$words[CURRENT-1]"
  # With --content DIR on the line, the ids are that pack's (asked of nm-tutor itself, which filters them).
  local content="" kind list
  for (( i = 2; i < CURRENT - 1; i++ )); do [[ "$words[i]" == --content ]] && content="$words[i+1]"; done
  if [[ -n "$content" ]]; then
    topics=(); concepts=(); terms=()
    while read -r kind list; do
      case "$kind" in topics) topics=(\${=list}) ;; concepts) concepts=(\${=list}) ;; terms) terms=(\${=list}) ;; esac
    done < <("$words[1]" --content "\${content/#\\~/$HOME}" completion zsh --ids 2>/dev/null)
  fi
  case "$prev" in
    --content|-d|--dir) _files -/; return ;;
    -o|--out) _files; return ;;
    -f|--format) compadd -- ${EXPORT_FORMATS.map(quotePosix).join(' ')}; return ;;
    -l|--lesson|-t|--topic) compadd -a topics; return ;;
    -n|--limit|--seed) return ;;
  esac
  verb=""; sub=""
  for (( i = 2; i < CURRENT; i++ )); do
    case "$words[i]" in
      --content|-d|--dir|-o|--out|-f|--format|-l|--lesson|-t|--topic|-n|--limit|--seed) (( i++ )) ;;
      -*) ;;
      *) if [[ -z "$verb" ]]; then verb="$words[i]"; elif [[ -z "$sub" ]]; then sub="$words[i]"; fi ;;
    esac
  done
  if [[ -z "$verb" ]]; then compadd -a verbs; return; fi
  opts=(--help)
  case "$verb" in
${optionCases}
  esac
  if [[ "$words[CURRENT]" == -* ]]; then compadd -a opts; return; fi
  case "$verb" in
    learn|reset) [[ -z "$sub" ]] && compadd -a topics ;;
    compare) compadd -a concepts ;;
    define) compadd -a terms ;;
    completion) [[ -z "$sub" ]] && compadd -- ${SUBCOMMANDS.completion!.map(quotePosix).join(' ')} ;;
    new) [[ -z "$sub" ]] && compadd -- ${SUBCOMMANDS.new!.map(quotePosix).join(' ')} ;;
    progress)
      if [[ -z "$sub" ]]; then compadd -- ${SUBCOMMANDS.progress!.map(quotePosix).join(' ')}
      elif [[ "$sub" == import ]]; then _files; fi ;;
    validate) [[ -z "$sub" ]] && _files -/ ;;
  esac
}
compdef _nm_tutor nm-tutor
`;
}

export function fishScript(words: CompletionWords): string {
  const w = clean(words);
  const list = (l: readonly string[]) => quoteFish(l.join(' '));
  const c = (condition: string, rest: string) => `complete -c nm-tutor -n ${quoteFish(condition)} ${rest}`;
  const printf = (l: readonly string[]) => (l.length ? `printf '%s\\n' ${l.map(quoteFish).join(' ')}` : 'true');
  const lines = [
    ...catalogue.completion.fishHeader,
    'function __nm_tutor_ids --argument-names kind',
    '    set -l tokens (commandline -opc)',
    '    set -l content',
    '    for i in (seq (count $tokens))',
    '        set -l j (math $i + 1)',
    '        if test "$tokens[$i]" = --content; and test $j -le (count $tokens)',
    '            set content $tokens[$j]',
    '        end',
    '    end',
    '    if test -n "$content"',
    "        $tokens[1] --content (string replace -r '^~' -- $HOME $content) completion fish --ids 2>/dev/null | string match -r -- \"^$kind .*\" | string split ' ' | tail -n +2",
    '        return',
    '    end',
    '    switch $kind',
    `        case topics; ${printf(w.topics)}`,
    `        case concepts; ${printf(w.concepts)}`,
    `        case terms; ${printf(w.terms)}`,
    '    end',
    'end',
    'complete -c nm-tutor -f',
    c('__fish_use_subcommand', `-a ${list(w.verbs)}`),
    `complete -c nm-tutor -l content -x -a '(__fish_complete_directories)' -d ${quoteFish(catalogue.completion.contentFolder)}`,
    'complete -c nm-tutor -l plain -l no-color -l help -l version',
  ];
  const formats = `-x -a ${list(EXPORT_FORMATS)}`;
  const lessons = "-x -a '(__nm_tutor_ids topics)'";
  const folders = "-x -a '(__fish_complete_directories)'";
  const valueOf: Record<string, string> = {
    '--format': formats,
    '-f': formats,
    '--lesson': lessons,
    '-l': lessons,
    '--out': '-r -F',
    '-o': '-r -F',
    '--dir': folders,
    '-d': folders,
    '--limit': '-x',
    '-n': '-x',
    '--seed': '-x',
  };
  for (const [verb, opts] of Object.entries(w.options)) {
    // `export` and `quiz` are also words after another verb (`progress export`, `new quiz`): not those.
    const parents = Object.keys(SUBCOMMANDS).filter((p) => SUBCOMMANDS[p]!.includes(verb));
    const condition = `__fish_seen_subcommand_from ${verb}${parents.length ? `; and not __fish_seen_subcommand_from ${parents.join(' ')}` : ''}`;
    for (const o of opts.filter((x) => x !== '--content')) {
      const flag = o.startsWith('--') ? `-l ${o.slice(2)}` : `-s ${o.slice(1)}`;
      lines.push(c(condition, `${flag}${valueOf[o] ? ` ${valueOf[o]}` : ''}`));
    }
  }
  const positional = (verbs: string, args: string) => lines.push(c(`__fish_seen_subcommand_from ${verbs}`, args));
  positional('learn reset', "-a '(__nm_tutor_ids topics)'");
  positional('compare', "-a '(__nm_tutor_ids concepts)'");
  positional('define', "-a '(__nm_tutor_ids terms)'");
  lines.push(
    c('__fish_seen_subcommand_from completion; and not __fish_seen_subcommand_from bash zsh fish', `-a ${list(SUBCOMMANDS.completion!)}`),
  );
  lines.push(c('__fish_seen_subcommand_from new; and not __fish_seen_subcommand_from lesson quiz', `-a ${list(SUBCOMMANDS.new!)}`));
  lines.push(
    c('__fish_seen_subcommand_from progress; and not __fish_seen_subcommand_from export import', `-a ${list(SUBCOMMANDS.progress!)}`),
  );
  lines.push(c('__fish_seen_subcommand_from progress; and __fish_seen_subcommand_from import', '-F'));
  lines.push(c('__fish_seen_subcommand_from validate', "-a '(__fish_complete_directories)'"));
  return `${lines.join('\n')}\n`;
}

export async function run(
  opts: { shell: string; ids?: boolean; words: Pick<CompletionWords, 'verbs' | 'options'> },
  ctx: Context,
): Promise<void> {
  const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;
  const make = Object.hasOwn(scripts, opts.shell) ? scripts[opts.shell as keyof typeof scripts] : undefined;
  if (!make) throw new UserError(catalogue.completion.unknownShell(opts.shell), ExitCode.usage);
  const content = await ctx.content();
  const words: CompletionWords = {
    ...opts.words,
    topics: content.lessons.map((l) => l.id),
    concepts: content.concepts.flatMap((c) => [c.id, ...c.aliases]),
    terms: content.glossary.flatMap((t) => [t.id, ...t.aliases]),
  };
  if (opts.ids) {
    // For the scripts: the pack's ids by kind, one kind a line, through the same filter as the scripts' own.
    ctx.out((['topics', 'concepts', 'terms'] as const).map((k) => [k, ...safeWords(words[k])].join(' ')).join('\n'));
    return;
  }
  ctx.out(make(words).trimEnd());
}
