import { mkdir, open, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

export interface DataDirLock {
  release(): Promise<void>
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number) {
    super(
      `The embedded database at ${dataDir} is already in use by another process (pid ${holderPid}). ` +
        'Only one instance may open it: stop the other instance, point PGLITE_DIR at another directory, ' +
        'or set DATABASE_URL to share a PostgreSQL server between instances.',
    )
    this.name = 'DataDirLockedError'
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `<dataDir>.lock` with O_EXCL, holding our pid. A lock left by a process that has died is taken over,
 * so a crash never needs a manual clean-up.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const resolved = path.resolve(dataDir)
  const lockPath = `${resolved}.lock`
  await mkdir(path.dirname(resolved), { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return { release: () => rm(lockPath, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10)
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new DataDirLockedError(resolved, holder)
      }
      await rm(lockPath, { force: true })
    }
  }
  throw new Error(`Could not lock ${lockPath}`)
}
