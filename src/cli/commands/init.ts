import { mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../io.js';
import { UsageError } from '../read-inputs.js';
import { scaffoldFiles } from '../scaffold.js';

export const init: Command = {
  usage: 'init DIR [--force]',
  summary: 'start a new map in DIR: a first map file, sources/ with an example article, a README',
  help: {
    description: 'Starts a new map in DIR: a first map file, sources/ with an example article whose quotes check, and a README that says what to run next. DIR must be new or empty.',
    options: {},
    examples: ['argmap init my-debate', 'npx argument-map init my-debate'],
  },
  run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('init needs one folder to create: argmap init DIR');
    const [dir] = positionals;
    const force = values.force ?? false;
    if (!force && !isEmptyOrMissing(dir)) {
      throw new UsageError(`${dir}: already exists and is not empty; choose a new folder, or pass --force to write the example files into it`, 1);
    }
    const files = scaffoldFiles(basename(resolve(dir)));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        // Without --force nothing that is there is replaced, even a file that appeared meanwhile.
        writeFileAtomic(join(dir, path), text, { replace: force });
      }
    } catch (error) {
      throw new UsageError(`${dir}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
    }
    io.out(`created ${Object.keys(files).map((f) => join(dir, f)).join(', ')}\nnext: argmap check ${dir}, then argmap serve ${dir}`);
    return 0;
  },
};

function isEmptyOrMissing(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTDIR') return false;
    throw new UsageError(`${dir}: cannot read this folder (${code ?? 'error'})`, 1);
  }
}
