import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import t from 'tap'
import { parse } from 'yaml'

// No Docker engine runs the tests: these check the files a deployment is built from, as written.
const root = path.resolve(import.meta.dirname, '..')
const read = (file: string) => readFile(path.join(root, file), 'utf8')

t.test('docker-compose.yml ships no usable secret: each must be set, or compose stops naming it', async (t) => {
  const compose = parse(await read('docker-compose.yml')) as { services: Record<string, { environment?: Record<string, string> }> }
  const secrets = Object.entries(compose.services).flatMap(([service, s]) =>
    Object.entries(s.environment ?? {}).filter(([name]) => /SECRET|PASSWORD|TOKEN|DATABASE_URL/.test(name)).map(([name, value]) => ({ service, name, value: String(value) })))
  t.ok(secrets.some((s) => s.name === 'AUTH_JWT_SECRET'), 'the api is given a token secret')
  for (const { service, name, value } of secrets) {
    const literal = value.replace(/\$\{[^}]*\}/g, '')
    const required = [...value.matchAll(/\$\{(\w+)(:?[?-])([^}]*)\}/g)]
    if (name === 'METRICS_TOKEN') {
      t.equal(value, '${METRICS_TOKEN:-}', 'the metrics token is optional and empty unless set')
      continue
    }
    t.ok(required.length > 0 && required.every((m) => m[2] === ':?' && m[3]!.length > 0), `${service}.${name}: every variable is \${VAR:?message}`)
    t.notMatch(literal, name === 'DATABASE_URL' ? /:[^@/]+@/ : /\S/, `${service}.${name}: no literal secret around the variables`)
  }
})

t.test('docker-compose.yml passes the identity-provider settings through and seeds no demo council by default', async (t) => {
  const compose = parse(await read('docker-compose.yml')) as { services: { api: { environment: Record<string, string> } } }
  const env = compose.services.api.environment
  for (const name of ['AUTH_COUNCIL_PROVIDERS', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_ROLES_CLAIM', 'AUTH_COUNCIL_CLAIM']) {
    t.match(env[name], new RegExp(`^\\$\\{${name}:-`), `${name} is taken from the operator's environment`)
  }
  t.equal(env.SEED_DEMO_COUNCIL, '${SEED_DEMO_COUNCIL:-false}', 'a production deployment starts with no demo council')
})

t.test('the Dockerfile: a volume for the embedded data, a non-root user, node as PID 1', async (t) => {
  const dockerfile = await read('Dockerfile')
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))
  const dataDir = /PGLITE_DIR=(\S+)/.exec(runtime)?.[1]
  t.ok(dataDir, 'PGLITE_DIR is set in the image')
  const volume = /^VOLUME \["([^"]+)"\]/m.exec(runtime)?.[1]
  t.ok(volume && dataDir!.startsWith(`${volume}/`), `the data directory ${dataDir} is inside the volume ${volume}`)
  const user = /^USER (\S+)/m.exec(runtime)?.[1]
  t.ok(user && user !== 'root' && user !== '0', `runs as ${user}`)
  t.ok(runtime.indexOf('USER ') < runtime.indexOf('CMD '), 'the user is set before the command')
  t.match(runtime, /^CMD \["node", "dist\/src\/server\.js"\]$/m, 'exec form: SIGTERM reaches node')
  t.match(runtime, /--omit=dev/, 'no development dependencies at run time')
})

t.test('the build (tsconfig.build.json, which the image compiles) imports nothing from test/', async (t) => {
  const build = JSON.parse(await read('tsconfig.build.json')) as { include: string[]; exclude?: string[] }
  const excluded = new Set(build.exclude ?? [])
  const files = (await Promise.all(build.include.map(async (dir) => (await readdir(path.join(root, dir), { recursive: true }))
    .filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)))))
    .flat().filter((f) => !excluded.has(f))
  t.ok(files.includes('scripts/migrate.ts'), 'the operator\'s scripts are built')
  for (const file of files) t.notMatch(await read(file), /from '(\.\.\/)+test\//, file)
  t.notMatch(await read('Dockerfile'), /COPY test/, 'the image copies no test code')
})

t.test('.dockerignore keeps dependencies, data, history and local files out of the build context', async (t) => {
  const ignored = new Set((await read('.dockerignore')).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')))
  for (const entry of ['node_modules', 'data', '.git', 'coverage', '.tap', '.env', 'dist', '.scratch']) {
    t.ok(ignored.has(entry), entry)
  }
})

t.test('LICENSE matches package.json', async (t) => {
  const pkg = JSON.parse(await read('package.json')) as { license: string }
  t.equal(pkg.license, 'MIT')
  const license = await read('LICENSE')
  t.match(license, /^MIT License\n\nCopyright \(c\) \d{4} .*maintainers/)
  t.match(license, /THE SOFTWARE IS PROVIDED "AS IS"/)
})
