// nm-tutor completion bash|zsh|fish: a shell completion script for verbs, options, topics and concepts.
import type { Context } from '../context.js';
import { UserError } from '../errors.js';

export interface CompletionWords {
  verbs: string[];
  options: Record<string, string[]>;
  topics: string[];
  concepts: string[];
}

export function bashScript(w: CompletionWords): string {
  const cases = Object.entries(w.options).map(([verb, opts]) => `    ${verb}) opts="${opts.join(' ')}" ;;`).join('\n');
  return `# nm-tutor completion for bash. Load it with: source <(nm-tutor completion bash)
_nm_tutor() {
  local cur verb opts words_for
  cur="\${COMP_WORDS[COMP_CWORD]}"
  verb=""
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do case "$w" in -*) ;; *) verb="$w"; break ;; esac; done
  if [ -z "$verb" ]; then COMPREPLY=( $(compgen -W "${w.verbs.join(' ')} --help --version --plain --no-color --content" -- "$cur") ); return; fi
  case "$verb" in
${cases}
    *) opts="--help" ;;
  esac
  case "$verb" in
    learn|reset) words_for="${w.topics.join(' ')}" ;;
    compare) words_for="${w.concepts.join(' ')}" ;;
    quiz|export) [ "\${COMP_WORDS[COMP_CWORD-1]}" = "--topic" ] && words_for="${w.topics.join(' ')}" ;;
    completion) words_for="bash zsh fish" ;;
  esac
  COMPREPLY=( $(compgen -W "$opts $words_for" -- "$cur") )
}
complete -F _nm_tutor nm-tutor
`;
}

export function zshScript(w: CompletionWords): string {
  return `#compdef nm-tutor
# nm-tutor completion for zsh. Load it with: source <(nm-tutor completion zsh)
_nm_tutor() {
  local -a verbs topics concepts
  verbs=(${w.verbs.join(' ')})
  topics=(${w.topics.join(' ')})
  concepts=(${w.concepts.join(' ')})
  if (( CURRENT == 2 )); then _describe 'command' verbs; return; fi
  case "$words[2]" in
${Object.entries(w.options).map(([verb, opts]) => `    ${verb}) compadd -- ${opts.join(' ')} ${verb === 'learn' || verb === 'reset' ? '$topics' : verb === 'compare' ? '$concepts' : verb === 'completion' ? 'bash zsh fish' : ''} ;;`).join('\n')}
  esac
}
compdef _nm_tutor nm-tutor
`;
}

export function fishScript(w: CompletionWords): string {
  const lines = ['# nm-tutor completion for fish. Load it with: nm-tutor completion fish | source'];
  lines.push(`complete -c nm-tutor -f -n '__fish_use_subcommand' -a '${w.verbs.join(' ')}'`);
  for (const [verb, opts] of Object.entries(w.options)) {
    for (const opt of opts) lines.push(`complete -c nm-tutor -f -n '__fish_seen_subcommand_from ${verb}' -l '${opt.replace(/^--/, '')}'`);
  }
  lines.push(`complete -c nm-tutor -f -n '__fish_seen_subcommand_from learn reset' -a '${w.topics.join(' ')}'`);
  lines.push(`complete -c nm-tutor -f -n '__fish_seen_subcommand_from compare' -a '${w.concepts.join(' ')}'`);
  lines.push(`complete -c nm-tutor -f -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'`);
  return `${lines.join('\n')}\n`;
}

export async function run(opts: { shell: string; words: Omit<CompletionWords, 'topics' | 'concepts'> }, ctx: Context): Promise<void> {
  const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;
  const make = scripts[opts.shell as keyof typeof scripts];
  if (!make) throw new UserError(`Unknown shell '${opts.shell}'. Use bash, zsh or fish.`, 2);
  const content = await ctx.content();
  const words: CompletionWords = {
    ...opts.words,
    topics: content.lessons.map((l) => l.id),
    concepts: content.concepts.flatMap((c) => [c.id, ...c.aliases]),
  };
  ctx.write(make(words));
}
