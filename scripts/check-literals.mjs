#!/usr/bin/env node
// `node scripts/check-literals.mjs`: fails on user-visible text written as a literal instead of going through the
// catalogs (shared/i18n/catalogs), one line per finding (`file:line: text`), so that every word the user reads
// can be Russian or English. A step of `npm test` (scripts/test.mjs).
//
// What it reports:
// - in the window (renderer/src, .tsx): JSX text with letters; string literals given to the attributes title,
//   aria-label, placeholder, alt and label; string literals a JSX child expression shows ({cond ? 'Yes' : 'No'});
// - anywhere in renderer/src and electron/ (.ts, .tsx): `new ApiError(code, '…')` with a literal (or template)
//   message, `notify(kind, '…')` with a literal text, and `askToConfirm('…')` with a literal question.
//
// What it allows:
// - text without letters: punctuation, digits, symbols, arrows (“—”, “×”, “→”, “3”, “…”);
// - keyboard key names inside <kbd> (<kbd>Ctrl</kbd>+<kbd>Z</kbd>), and commands or code inside <code>;
// - the brand name alone (“Glossator”);
// - anything inside a call's arguments (t('…'), message('…'), formatDate(…)): those are keys, codes or values, and
//   only the result of the call is shown; comparisons (kind === 'error'), object keys, class names and test ids;
// - tests (*.test.ts(x), testing/ folders, e2e/), which assert the English the catalogs give;
// - a line marked `literal-ok` in a comment on it or on the line before, for a reviewed exception.
//
// It parses with the TypeScript compiler API: the project's TypeScript 7 has no JS API, so the TypeScript 4 that
// the tools bring along (node_modules/@doyensec/electronegativity/node_modules/typescript) is used, for parsing only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function loadTypeScript() {
  for (const id of [
    'typescript',
    '@doyensec/electronegativity/node_modules/typescript',
    '@typescript-eslint/typescript-estree/node_modules/typescript',
  ]) {
    try {
      const ts = require(id);
      if (typeof ts.createSourceFile === 'function') return ts;
    } catch {
      // Not installed, or no JS API (TypeScript 7): try the next.
    }
  }
  console.error('check-literals: no TypeScript with a JS API found in node_modules (it parses with one).');
  process.exit(2);
}
const ts = loadTypeScript();

const letters = /\p{L}/u;
const brands = new Set(['Glossator']);
const visibleAttributes = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label']);

function filesUnder(dir, test) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'testing' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, test));
    else if (test(name)) out.push(path);
  }
  return out;
}

const isSource = (name) => /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts');
const files = [...filesUnder(join(root, 'renderer', 'src'), isSource), ...filesUnder(join(root, 'electron'), isSource)];

const findings = [];

function shows(text) {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return letters.test(trimmed) && !brands.has(trimmed);
}

/** The string literals an expression can evaluate to (not those inside calls, comparisons or keys). */
function resultLiterals(node) {
  if (!node) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return letters.test(parts) ? [node] : [];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) {
    return resultLiterals(node.expression);
  }
  if (ts.isConditionalExpression(node)) return [...resultLiterals(node.whenTrue), ...resultLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.PlusToken) return [...resultLiterals(node.left), ...resultLiterals(node.right)];
    if (op === K.BarBarToken || op === K.QuestionQuestionToken) {
      return [...resultLiterals(node.left), ...resultLiterals(node.right)];
    }
    if (op === K.AmpersandAmpersandToken) return resultLiterals(node.right);
  }
  return [];
}

function literalText(node) {
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  return node.text;
}

function check(file) {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split('\n');
  const inRenderer = file.startsWith(join(root, 'renderer'));

  const report = (node, what) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (/literal-ok/.test(lines[line] ?? '') || /literal-ok/.test(lines[line - 1] ?? '')) return;
    const shown = what.replace(/\s+/g, ' ').trim();
    findings.push(`${relative(root, file)}:${line + 1}: ${shown.length > 100 ? `${shown.slice(0, 99)}…` : shown}`);
  };

  const insideKbdOrCode = (node) => {
    for (let p = node.parent; p; p = p.parent) {
      if (ts.isJsxElement(p) && ['kbd', 'code'].includes(p.openingElement.tagName.getText(source))) return true;
      if (ts.isJsxElement(p) || ts.isJsxFragment(p)) return false;
    }
    return false;
  };

  const calleeName = (call) => {
    const e = call.expression;
    if (ts.isIdentifier(e)) return e.text;
    if (ts.isPropertyAccessExpression(e)) return e.name.text;
    return '';
  };

  const visit = (node) => {
    if (inRenderer && ts.isJsxText(node)) {
      if (shows(node.text) && !insideKbdOrCode(node)) report(node, node.text);
    } else if (inRenderer && ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (visibleAttributes.has(name) && node.initializer) {
        const init = node.initializer;
        const literals = ts.isStringLiteral(init)
          ? [init]
          : ts.isJsxExpression(init)
            ? resultLiterals(init.expression)
            : [];
        for (const l of literals) if (shows(literalText(l))) report(l, `${name}="${literalText(l)}"`);
      }
    } else if (inRenderer && ts.isJsxExpression(node) && node.parent && !ts.isJsxAttribute(node.parent)) {
      if (!insideKbdOrCode(node)) {
        for (const l of resultLiterals(node.expression)) if (shows(literalText(l))) report(l, literalText(l));
      }
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'ApiError') {
      for (const l of resultLiterals(node.arguments?.[1])) {
        if (shows(literalText(l))) report(l, `new ApiError(…, '${literalText(l)}')`);
      }
    } else if (ts.isCallExpression(node)) {
      const callee = calleeName(node);
      const arg = callee === 'notify' ? node.arguments[1] : callee === 'askToConfirm' ? node.arguments[0] : undefined;
      for (const l of resultLiterals(arg)) if (shows(literalText(l))) report(l, `${callee}('${literalText(l)}')`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

for (const file of files) check(file);

for (const finding of findings) console.log(finding);
if (findings.length) {
  console.log(
    `\n${findings.length} user-visible literal text${findings.length === 1 ? '' : 's'}: move ${findings.length === 1 ? 'it' : 'them'} into the catalogs (shared/i18n/catalogs), or mark a reviewed exception with a literal-ok comment.`,
  );
  process.exit(1);
}
console.log('No user-visible literal text outside the catalogs.');
