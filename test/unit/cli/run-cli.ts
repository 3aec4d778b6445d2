/**
 * Test helper: spawns the CLI exactly as a user would (`npx tsx scripts/extract.ts …`)
 * from the repository root and collects stdout, stderr and the exit code.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI with `args`; the caller drives stdin. */
export function startCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn('npx', ['tsx', 'scripts/extract.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
  });
}

/** Runs the CLI to completion, writing `stdin` (if any) and closing it. */
export function runCli(args: string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = startCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (stdin !== undefined) child.stdin.write(stdin);
    child.stdin.end();
  });
}
