/**
 * The commander program. Each command imports its handler lazily so that `status` and
 * `--help` do not pay for prompts, listr2, zod or conf.
 */
import { Command, CommanderError, Option } from 'commander';
import { cliText as m } from './i18n/cli.js';
import { flowText as f } from './i18n/flow.js';
import { neText } from './i18n/ne.js';
import { readingText as r } from './i18n/reading.js';
import { detectLang, type Lang } from './i18n/text.js';
import { EXIT } from './errors.js';
import { ARTIFACTS } from './exports/types.js';
import { buildContext, type GlobalOptions } from './runtime.js';
import { explainFailure, handleFailure } from './failure.js';
import type { Context } from './context.js';

type Handler = (ctx: Context) => Promise<number>;

function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') flag = argv[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
  }
  return detectLang(flag, env);
}

/** Repeatable option: every occurrence is kept. */
const collect = (value: string, previous: string[]): string[] => [...previous, value];

function addInputOptions(cmd: Command, L: Lang): Command {
  return cmd
    .option('--ne-goods <csv>', m.optNeGoods()[L])
    .option('--ne-stock <csv>', m.optNeStock()[L])
    .option('--ne-orders <csv>', m.optNeOrders()[L])
    .option('--sc-stock <csv>', m.optScStock()[L])
    .option('--yahoo-quantity <csv>', m.optYahooQuantity()[L])
    .option('--yahoo-data <csv>', m.optYahooData()[L])
    .option('--sc-code-column <header>', m.optScCodeColumn()[L])
    .option('--sc-qty-column <header>', m.optScQtyColumn()[L])
    .option('--ne-code-column <header>', m.optNeCodeColumn()[L])
    .option('--ne-qty-column <header>', m.optNeQtyColumn()[L])
    .option('--ne-location <name>', m.optNeLocation()[L])
    .option('--input-encoding <enc>', r.optInputEncoding()[L]);
}

/** Commander writes its help headings in English; Japanese operators get them in Japanese. */
export function localizeHelp(help: string): string {
  return help
    .replace(/^Usage:/m, m.helpUsage().ja)
    .replace(/^Arguments:$/m, m.helpArguments().ja)
    .replace(/^Options:$/m, m.helpOptions().ja)
    .replace(/^Global Options:$/m, m.helpGlobalOptions().ja)
    .replace(/^Commands:$/m, m.helpCommands().ja)
    .replace(/\(default: ([^)]*)\)/g, (_, v: string) => m.helpDefault({ value: v }).ja);
}

/** The operator-language text of a commander parse error (English only as commander gives it). */
function commanderErrorText(message: string, L: Lang): { main: string; suggestion: string | undefined } {
  const text = message.replace(/^error:\s*/, '').trim();
  const name = /'([^']+)'/.exec(text)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(text)?.[1];
  let main: string;
  if (text.startsWith('unknown option')) main = m.unknownOption({ name })[L];
  else if (text.startsWith('unknown command')) main = m.unknownCommand({ name })[L];
  else if (text.startsWith('missing required argument')) main = m.missingArgument({ name })[L];
  else if (/^option .* argument missing/.test(text)) main = m.optionNeedsValue({ name })[L];
  else if (text.startsWith('too many arguments')) main = m.tooManyArguments()[L];
  else main = text;
  return { main, suggestion };
}

/** Commander's parse errors are English only: give them in the operator's language. */
export function localizeCommanderError(message: string, L: Lang): string {
  const { main, suggestion } = commanderErrorText(message, L);
  const lines = [`${m.errorPrefix()[L]}: ${main}`];
  if (suggestion) lines.push(m.didYouMean({ name: suggestion })[L]);
  lines.push(m.seeHelp()[L]);
  return lines.join('\n') + '\n';
}

/** Commands that run the checklist: an interrupted one is resumed with `continue`. */
const RESUMABLE: ReadonlySet<string> = new Set(['init', 'continue', 'step']);

export async function main(argv: readonly string[], version: string): Promise<number> {
  const env = process.env;
  const L = langFromArgv(argv, env);
  // Ctrl-C outside a prompt (a prompt turns it into InterruptedError itself), SIGTERM and
  // SIGHUP: the answers are already saved; exiting runs the exit hooks that release the
  // folder lock and remove unfinished temporary files. listr2's own handler is off (it would
  // exit 127). Nothing may block the event loop or a thread-pool thread for long (see
  // src/csv/input.ts), or these handlers could not end the process.
  // Only the checklist has answers to keep and a place to resume; export, check and verify
  // leave nothing behind and are simply run again.
  let interrupted = m.interruptedNothingWritten;
  for (const [signal, code] of [['SIGINT', EXIT.interrupted], ['SIGTERM', EXIT.terminated], ['SIGHUP', EXIT.hangup]] as const) {
    process.once(signal, () => {
      try {
        process.stderr.write('\n' + (signal === 'SIGINT' ? '' : `(${signal}) `) + interrupted()[L] + '\n');
      } catch {
        // the terminal is gone (SIGHUP): exit all the same
      }
      process.exit(code);
    });
  }
  let exitCode: number = EXIT.ok;
  let ctx: Context | undefined;

  const program = new Command('sc-setup');
  program
    .description(m.description()[L])
    .version(version, '-V, --version', m.optVersion()[L])
    .helpOption('-h, --help', m.optHelp()[L])
    .helpCommand(false)
    .option('--dir <path>', m.optDir()[L])
    .addOption(new Option('--lang <lang>', m.optLang()[L]))
    .option('--no-color', m.optNoColor()[L])
    .option('--json', m.optJson()[L])
    .option('-y, --yes', m.optYes()[L])
    .option('--non-interactive', m.optNonInteractive()[L])
    .option('--answers <file>', m.optAnswers()[L])
    .option('--debug', m.optDebug()[L])
    .enablePositionalOptions(false)
    // Each command's help lists --dir, --json, --lang … too: they are what scripts pass.
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => process.stdout.write(L === 'ja' ? localizeHelp(s) : s),
      // Help shown as an error (a command without its subcommand) is help all the same.
      writeErr: (s) => process.stderr.write(L === 'ja' ? localizeHelp(s) : s),
      outputError: (s, write) => write(localizeCommanderError(s, L)),
    })
    .exitOverride();

  /** Wrap a handler: global options are read from the program once the command is known. */
  const action =
    (load: (cmdOpts: Record<string, unknown>, args: string[]) => Promise<Handler>) =>
    async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      if (RESUMABLE.has(cmd.name())) interrupted = m.interrupted;
      const args = params.slice(0, -2).map(String);
      const globals = program.opts() as GlobalOptions;
      ctx = buildContext(globals, L, version);
      const handler = await load(cmd.opts(), args);
      exitCode = await handler(ctx);
    };

  program
    .command('init')
    .description(m.cmdInit()[L])
    .option('--fresh', m.optFresh()[L])
    .option('--set <key=value>', m.optSet()[L], collect, [])
    .action(
      action(async (o) => {
        const { runInit } = await import('./commands/init.js');
        return (c) => runInit(c, { fresh: Boolean(o.fresh), set: o.set as string[] });
      }),
    );

  program
    .command('continue')
    .description(m.cmdContinue()[L])
    .option('--set <key=value>', m.optSet()[L], collect, [])
    .action(
      action(async (o) => {
        const { runContinue } = await import('./commands/continue.js');
        return (c) => runContinue(c, { set: o.set as string[] });
      }),
    );

  program
    .command('status')
    .description(m.cmdStatus()[L])
    .action(
      action(async () => {
        const { runStatus } = await import('./commands/status.js');
        return (c) => runStatus(c);
      }),
    );

  program
    .command('step')
    .description(m.cmdStep()[L])
    .argument('<step>', m.argStep()[L])
    .option('--redo', m.optRedo()[L])
    .option('--set <key=value>', m.optSet()[L], collect, [])
    .action(
      action(async (o, args) => {
        const { runStep } = await import('./commands/step.js');
        return (c) => runStep(c, { step: args[0]!, redo: Boolean(o.redo), set: o.set as string[] });
      }),
    );

  program
    .command('answers')
    .description(f.cmdAnswers()[L])
    .action(
      action(async () => {
        const { runAnswers } = await import('./commands/answers.js');
        return (c) => runAnswers(c);
      }),
    );

  program
    .command('set')
    .description(f.cmdSet()[L])
    .argument('<key=value>', f.argKeyValue()[L])
    .action(
      action(async (_o, args) => {
        const { runSet } = await import('./commands/set.js');
        return (c) => runSet(c, args[0]!);
      }),
    );

  program
    .command('reset')
    .description(m.cmdReset()[L])
    .option('--step <n>', m.optResetStep()[L])
    .option('--all', m.optResetAll()[L])
    .action(
      action(async (o) => {
        const { runReset } = await import('./commands/reset.js');
        return (c) => runReset(c, { step: o.step as string | undefined, all: Boolean(o.all) });
      }),
    );

  addInputOptions(
    program
      .command('export')
      .description(m.cmdExport()[L])
      .argument('<artifact>', m.argArtifact({ list: ARTIFACTS.join(', ') })[L])
      .option('--out <file>', m.optOut()[L])
      .option('--encoding <enc>', m.optEncoding()[L], 'cp932')
      .option('--force', m.optForce()[L])
      .option('--dry-run', m.optDryRun()[L])
      .option('--template <csv>', m.optTemplate()[L])
      .option('--only <codes.txt>', m.optOnly()[L])
      .option('--exclude <codes.txt>', m.optExclude()[L])
      .option('--hard <codes.txt>', m.optHard()[L])
      .option('--before <YYYY-MM-DD>', m.optBefore()[L])
      .option('--from-ne', neText.optFromNe()[L]),
    L,
  ).action(
    action(async (o, args) => {
      const { runExportCommand } = await import('./commands/export.js');
      return (c) => runExportCommand(c, args[0]!, o);
    }),
  );

  addInputOptions(program.command('check').description(m.cmdCheck()[L]).option('--from-ne', neText.optFromNe()[L]), L)
    .option('--encoding <enc>', r.optEncodingAsInput()[L])
    .action(
      action(async (o) => {
        const { runCheckCommand } = await import('./commands/check.js');
        return (c) => runCheckCommand(c, o);
      }),
    );

  addInputOptions(
    program.command('verify').description(m.cmdVerify()[L]).argument('<what>', m.argVerifyWhat()[L]).option('--from-ne', neText.optFromNe()[L]),
    L,
  )
    .option('--encoding <enc>', r.optEncodingAsInput()[L])
    .action(
      action(async (o, args) => {
        const { runVerifyCommand } = await import('./commands/verify.js');
        return (c) => runVerifyCommand(c, args[0]!, o);
      }),
    );

  const ne = program.command('ne').description(neText.cmdNe()[L]).helpCommand(false);
  ne.command('login')
    .description(neText.cmdNeLogin()[L])
    .option('--redirect-uri <uri>', neText.optRedirectUri()[L])
    .option('--redirected-url <url>', neText.optRedirectedUrl()[L])
    .action(
      action(async (o) => {
        const { runNeCommand } = await import('./commands/ne.js');
        return (c) => runNeCommand(c, 'login', { redirectUri: o.redirectUri as string | undefined, redirectedUrl: o.redirectedUrl as string | undefined });
      }),
    );
  for (const sub of ['status', 'logout'] as const) {
    ne.command(sub)
      .description((sub === 'status' ? neText.cmdNeStatus() : neText.cmdNeLogout())[L])
      .action(
        action(async () => {
          const { runNeCommand } = await import('./commands/ne.js');
          return (c) => runNeCommand(c, sub);
        }),
      );
  }

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; every other parse error is usage (2).
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
      if (err.code === 'commander.help') return EXIT.ok;
      // --json promises one document on stdout, a usage error included (as other errors give it).
      if (argv.includes('--json')) {
        const { main: message } = commanderErrorText(err.message, L);
        process.stdout.write(JSON.stringify({ ok: false, error: { exitCode: EXIT.usage, message } }, null, 2) + '\n');
      }
      return EXIT.usage;
    }
    return handleFailure(await explainFailure(err), ctx, L, argv.includes('--json'), argv.includes('--debug'));
  }
}
