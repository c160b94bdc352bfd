import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { emailSchema, nameSchema } from '@derde-bron/domain';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { ConfigError, databaseTarget, loadConfig } from './config.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { describeTarget, openDatabase } from './db/client.ts';
import { createPasswordLink, findUserByEmail } from './modules/auth/accounts.ts';
import { passwordLinkPath } from './modules/auth/password-routes.ts';
import { resolveSecretKey } from './secret-key.ts';
import { seedUser } from './seed/accounts.ts';

const commandHelp = {
  'create-admin': `  create-admin --email <address> [--name <name>]
      Creates a network_admin (staff of the association) and prints a one-time link, valid for
      24 hours, to choose a password. Two-step verification is set up at the first sign-in.`,
  backup: `  backup <file>
      Writes the whole database to <file>: pg_dump's custom format on a server (DATABASE_URL),
      a gzipped copy of the data folder in embedded mode (DATA_DIR; stop the app first).`,
  restore: `  restore <file>
      Restores such a file: replaces the server database's contents (pg_restore --clean, in one
      transaction), or fills an empty DATA_DIR in embedded mode.`,
} as const;

const usage = `Usage: npm run cli -- <command> [options]     (every command takes --help)

Commands:
${Object.values(commandHelp).join('\n')}`;

/**
 * A command's options, strictly: an unknown flag is an error (\`backup --help\` once wrote a
 * backup to a file named "--help"), and --help prints the command's help and does nothing else.
 */
function parseCommand(
  command: keyof typeof commandHelp,
  args: string[],
  options: Record<string, { type: 'string' }>,
  positionals: number,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean' as const, short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new ConfigError(`${command}: ${(error as Error).message} (see npm run cli -- ${command} --help)`);
  }
  if (parsed.values.help) {
    process.stdout.write(`Usage: npm run cli --\n${commandHelp[command]}\n`);
    process.exit(0);
  }
  if (parsed.positionals.length > positionals)
    throw new ConfigError(`${command}: unexpected argument ${parsed.positionals[positionals]}`);
  return parsed;
}

const linkValidMinutes = 24 * 60;

async function createAdmin(args: string[]) {
  const { values } = parseCommand(
    'create-admin',
    args,
    { email: { type: 'string' }, name: { type: 'string' } },
    0,
  );
  const email = emailSchema.safeParse(values.email);
  const name = nameSchema.safeParse(values.name ?? 'Netwerkbeheerder');
  if (!email.success || !name.success)
    throw new ConfigError('create-admin needs a valid --email (and --name, if given)');
  const config = loadConfig();
  const target = databaseTarget(config);
  const database = await openDatabase(target).catch((error: Error & { code?: string }) => {
    throw new ConfigError(
      `cannot reach the database (${describeTarget(target)}): ${error.code ?? error.message}`,
    );
  });
  try {
    await database.migrate();
    if (await findUserByEmail(database.db, email.data))
      throw new ConfigError(`an account for ${email.data} exists already`);
    const secretBox = createSecretBox(await resolveSecretKey(config));
    // Nobody knows this password: the link below is the only way in.
    const user = await seedUser(database.db, secretBox, {
      email: email.data,
      name: name.data,
      password: randomBytes(32).toString('base64url'),
      isNetworkAdmin: true,
    });
    const token = await createPasswordLink(database.db, user.id, linkValidMinutes);
    process.stdout.write(
      `Network admin ${email.data} created.\nOpen this link within 24 hours to choose a password (it works once):\n${config.publicUrl}${passwordLinkPath}${token}\n`,
    );
  } finally {
    await database.close();
  }
}

async function backupOrRestore(command: 'backup' | 'restore', args: string[]) {
  const [file] = parseCommand(command, args, {}, 1).positionals;
  if (!file) throw new ConfigError(`${command} needs a file name (see npm run cli -- ${command} --help)`);
  const config = loadConfig();
  const target = config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir };
  if ('dataDir' in target && config.dataDir === 'memory://')
    throw new ConfigError('an in-memory database has nothing to back up');
  const where = describeTarget(databaseTarget(config));
  if (command === 'backup') await backupDatabase(target, file);
  else await restoreDatabase(target, file);
  process.stdout.write(
    command === 'backup' ? `Backup of ${where} written to ${file}\n` : `${file} restored into ${where}\n`,
  );
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'create-admin') await createAdmin(rest);
  else if (command === 'backup' || command === 'restore') await backupOrRestore(command, rest);
  else if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`);
  } else {
    process.stderr.write(`derde-bron: unknown command ${command}\n${usage}\n`);
    process.exit(1);
  }
} catch (error) {
  process.stderr.write(`derde-bron: ${(error as Error).message}\n`);
  process.exit(1);
}
