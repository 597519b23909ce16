import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small disk for the full-disk and read-only tests: a tmpfs of `size` mounted on a folder of
 * its own (the CI machine runs as root, as this project's does). Where mounting is not allowed the
 * test fails with the system's reason, rather than pass without having run.
 */
export class SmallDisk {
  readonly dir: string;
  private readonly filler: string;

  constructor(size = '2m') {
    this.dir = mkdtempSync(join(tmpdir(), 'nadzor-small-disk-'));
    this.filler = join(this.dir, 'filler');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', this.dir], { stdio: 'pipe' });
    } catch (error) {
      rmdirSync(this.dir);
      const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
      throw new Error(`these tests need a small tmpfs (run as root, as CI does): mount said: ${reason}`);
    }
  }

  /** Fills every free byte with a file of its own, as another program filling the disk would. */
  fill(): void {
    const fd = openSync(this.filler, 'a');
    try {
      for (const chunk of [64 * 1024, 4096, 512, 1]) {
        const bytes = Buffer.alloc(chunk);
        try {
          for (;;) writeSync(fd, bytes);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Frees what `fill` took. */
  free(): void {
    rmSync(this.filler, { force: true });
  }

  readOnly(readOnly: boolean): void {
    execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, this.dir], { stdio: 'pipe' });
  }

  remove(): void {
    execFileSync('umount', ['-l', this.dir], { stdio: 'pipe' });
    rmdirSync(this.dir);
  }
}
