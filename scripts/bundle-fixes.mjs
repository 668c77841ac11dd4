// Fixes made to libraries' code while esbuild bundles it, each exact and checked: when a
// library changes shape the build stops and says so, instead of quietly shipping the old fault.
import { readFile } from 'node:fs/promises';

/**
 * archiver-utils 2.x (exceljs → archiver 5) calls `new Buffer()`, so every Excel export made Node
 * print "DeprecationWarning: Buffer() is deprecated". Its 3.x fixed that but also pipes every
 * stream, which breaks exceljs's own streams, so the fix is made here: the same three lines 3.x
 * has. A version without `new Buffer(` needs nothing.
 */
const archiverUtilsBuffers = {
  name: 'archiver-utils-buffers',
  setup(build) {
    build.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('new Buffer(')) return undefined;
      const fixed = source
        .replace('var buf = new Buffer(size);', 'var buf = Buffer.alloc(size);')
        .replace('return new Buffer(0);', 'return Buffer.alloc(0);')
        .replace('return new Buffer(source);', 'return Buffer.from(source);');
      if (fixed.includes('new Buffer(')) {
        return { errors: [{ text: `${path} calls new Buffer() where this fix does not know it` }] };
      }
      return { contents: fixed, loader: 'js' };
    });
  },
};

/** The esbuild plugins every main-side bundle is built with. */
export const bundleFixes = [archiverUtilsBuffers];
