import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { type Plugin, parseAst } from 'vite';

/**
 * Keeps the core's runtime file lookups working once it is bundled into out/main.
 *
 * Core modules find their `.sql` files next to themselves: `sqlFile(import.meta.url, 'x.sql')`,
 * `readdirSync(new URL('./schema/', import.meta.url))`. In a bundle, `import.meta.url` is the
 * chunk's address, so this plugin:
 *  1. rewrites each `import.meta.url` in a module under the core folder to the address the
 *     module would have in a mirror of that folder under the output folder
 *     (src-main/core/store/migrations.ts -> out/main/core/store/migrations.js), written
 *     relative to the chunk the code lands in, e.g.
 *     `new URL('./core/store/migrations.js', import.meta.url).href`;
 *  2. copies every `.sql` file of the core folder to that mirror (out/main/core/...).
 */
export function sqlAssetsPlugin(options: { coreDir: string; mirror?: string }): Plugin {
  const coreDir = resolve(options.coreDir);
  const mirror = options.mirror ?? 'core';
  // Stands for "the output folder" until the chunk's own place is known (renderChunk).
  const ROOT = '__TWINLENS_OUT_ROOT__/';

  const inCore = (file: string) => file.startsWith(coreDir + sep) && /\.[cm]?[jt]s$/.test(file);
  const mirrored = (file: string) => posix.join(mirror, relative(coreDir, file).split(sep).join('/'));

  return {
    name: 'twinlens:sql-assets',
    apply: 'build',

    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!inCore(file) || !code.includes('import.meta.url')) return null;
      const spots: Array<{ start: number; end: number }> = [];
      visit(parseAst(code), (node) => {
        if (node.type === 'MemberExpression' && isImportMetaUrl(node)) spots.push({ start: node.start, end: node.end });
      });
      if (spots.length === 0) return null;
      const target = JSON.stringify(`${ROOT}${mirrored(file).replace(/\.[cm]?[jt]s$/, '.js')}`);
      let out = code;
      for (const { start, end } of spots.sort((a, b) => b.start - a.start)) {
        out = `${out.slice(0, start)}new URL(${target}, import.meta.url).href${out.slice(end)}`;
      }
      return { code: out, map: null };
    },

    renderChunk(code, chunk) {
      if (!code.includes(ROOT)) return null;
      const up = posix.relative(posix.dirname(chunk.fileName), '.');
      return { code: code.replaceAll(ROOT, up === '' ? './' : `${up}/`), map: null };
    },

    generateBundle() {
      for (const file of listSql(coreDir)) {
        this.emitFile({ type: 'asset', fileName: mirrored(file), source: readFileSync(file, 'utf8') });
      }
    },
  };
}

function listSql(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSql(path);
    return entry.isFile() && entry.name.endsWith('.sql') ? [path] : [];
  });
}

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isImportMetaUrl(node: AstNode): boolean {
  const { object, property, computed } = node as AstNode & { object: unknown; property: unknown; computed: boolean };
  return (
    !computed &&
    isNode(object) &&
    object.type === 'MetaProperty' &&
    (object as AstNode & { meta: { name: string } }).meta.name === 'import' &&
    isNode(property) &&
    (property as AstNode & { name?: string }).name === 'url'
  );
}

function visit(node: unknown, onNode: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, onNode);
    return;
  }
  if (!isNode(node)) return;
  onNode(node);
  for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) visit(value, onNode);
}
