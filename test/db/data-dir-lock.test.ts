import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import t from 'tap'
import { lockDataDir } from '../../src/db/data-dir-lock.js'

t.test('a second lock on one directory is refused while the first is held', async (t) => {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'lock-')), 'pglite')
  const first = await lockDataDir(dir)
  await t.rejects(lockDataDir(dir), { name: 'DataDirLockedError', message: /already in use by another process/ })
  await first.release()
  const again = await lockDataDir(dir)
  await again.release()
})

t.test('a lock left by a dead process is taken over', async (t) => {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'lock-')), 'pglite')
  await writeFile(`${dir}.lock`, '999999999')
  const lock = await lockDataDir(dir)
  t.equal(await readFile(`${dir}.lock`, 'utf8'), String(process.pid))
  await lock.release()
})
