// Finds every place main/ creates a window or a view that hosts web content, by reading the
// source (so a new creation site cannot escape the test), and says what is wrong with each:
// its options must come from a `<kind>WindowOptions` builder in main/windows/ (which spreads
// hardened-web-preferences.ts and overrides none of it), and the new window must be registered
// under that same kind, which is what gives it its kind's navigation policy (harden-app.ts) and
// the sender checks (ipc/trusted-sender.ts). Test tooling: main/windows/window-creation-sites.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { windowKinds, type WindowKind } from '../windows/window-kinds';

/** Electron classes whose constructor takes webPreferences. */
export const webContentClasses = ['BrowserWindow', 'BrowserView', 'WebContentsView', 'BaseWindow'] as const;

/** The keys hardened-web-preferences.ts decides for every window; no builder may set them again. */
export const pinnedWebPreferences = [
  'sandbox', 'contextIsolation', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames',
  'webSecurity', 'allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures', 'navigateOnDragDrop',
  'spellcheck', 'enableBlinkFeatures',
] as const;

export interface CreationSite {
  /** `main/windows/create-portal-window.ts:19` */
  readonly where: string;
  readonly className: string;
  /** From the options builder's name (`consoleWindowOptions` → `console`), if it names a kind. */
  readonly kind: WindowKind | undefined;
  /** What breaks the rules; empty when the site is sound. */
  readonly problems: readonly string[];
}

export interface SourceFile {
  /** Relative to the repository, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** The production sources of main/ (no tests, no test doubles). */
export function mainSources(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'testing' && entry.name !== 'node_modules') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(join(root, 'main'));
  return files;
}

/** Every creation site in `files`; `readModule` gives a builder module's text by repository path. */
export function findCreationSites(files: readonly SourceFile[], readModule: (path: string) => string | undefined): CreationSite[] {
  return files.flatMap((file) => sitesIn(file, readModule));
}

/** How often a file's text says `new <Class>(`: the AST must find as many, or something hides one. */
export function textualSiteCount(text: string): number {
  const withoutComments = ts.createPrinter({ removeComments: true }).printFile(ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true));
  return withoutComments.match(new RegExp(`\\bnew\\s+(?:[\\w$]+\\s*\\.\\s*)?(?:${webContentClasses.join('|')})\\b`, 'g'))?.length ?? 0;
}

function sitesIn(file: SourceFile, readModule: (path: string) => string | undefined): CreationSite[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const electronNames = electronImports(source);
  const imports = moduleImports(source, file.path);
  const sites: CreationSite[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node)) {
      const className = constructedClass(node.expression, electronNames);
      if (className) sites.push(checkSite(node, className, source, file, imports, readModule));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

/** Local name → Electron export, for `import { BrowserWindow as W } from 'electron'`; `*` for a namespace import. */
function electronImports(source: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/^electron(\/main)?$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (statement.importClause?.name) names.set(statement.importClause.name.text, '*');
    if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, '*');
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.set(element.name.text, (element.propertyName ?? element.name).text);
    }
  }
  return names;
}

function constructedClass(expression: ts.Expression, electronNames: Map<string, string>): string | undefined {
  const isWebContentClass = (name: string) => (webContentClasses as readonly string[]).includes(name);
  if (ts.isIdentifier(expression)) {
    const imported = electronNames.get(expression.text) ?? expression.text;
    return isWebContentClass(imported) ? imported : undefined;
  }
  if (ts.isPropertyAccessExpression(expression) && isWebContentClass(expression.name.text)) return expression.name.text;
  return undefined;
}

/** Local name → the repository path of the module it is imported from (relative imports only). */
function moduleImports(source: ts.SourceFile, filePath: string): Map<string, string> {
  const names = new Map<string, string>();
  const dir = filePath.split('/').slice(0, -1);
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const parts = [...dir];
    for (const part of specifier.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.set(element.name.text, `${parts.join('/')}.ts`);
    }
  }
  return names;
}

function checkSite(
  node: ts.NewExpression,
  className: string,
  source: ts.SourceFile,
  file: SourceFile,
  imports: Map<string, string>,
  readModule: (path: string) => string | undefined,
): CreationSite {
  const where = `${file.path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const problems: string[] = [];
  const builder = builderCall(node.arguments?.[0], node);
  const kind = builder ? kindOfBuilder(builder.name) : undefined;
  if (!builder) problems.push('its options are not the result of a <kind>WindowOptions(...) call');
  else if (!kind) problems.push(`${builder.name} does not name a window kind (${windowKinds.join(', ')})`);
  if (builder) {
    const modulePath = imports.get(builder.name);
    const moduleText = modulePath && /^main\/windows\/[a-z-]+-window-options\.ts$/.test(modulePath) ? readModule(modulePath) : undefined;
    if (moduleText === undefined) problems.push(`${builder.name} is not imported from a main/windows/<kind>-window-options.ts module`);
    else problems.push(...builderProblems(moduleText, builder.name));
  }
  const registered = registration(node);
  if (!registered) problems.push(`the new ${className} is not registered (windows.add('<kind>', window)) right where it is made`);
  else if (kind && registered !== kind) problems.push(`registered as '${registered}' but built with ${kind}'s options`);
  return { where, className, kind, problems };
}

/** The builder call that makes the options: given inline, or through a const in the same function. */
function builderCall(argument: ts.Expression | undefined, site: ts.Node): { name: string } | undefined {
  if (!argument) return undefined;
  if (ts.isCallExpression(argument) && ts.isIdentifier(argument.expression)) return { name: argument.expression.text };
  if (ts.isIdentifier(argument)) {
    const initializer = constInitializer(argument.text, enclosingFunction(site));
    if (initializer) return builderCall(initializer, site);
  }
  return undefined;
}

function kindOfBuilder(name: string): WindowKind | undefined {
  const match = /^([a-z][A-Za-z]*)WindowOptions$/.exec(name);
  if (!match?.[1]) return undefined;
  const kebab = match[1].replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return (windowKinds as readonly string[]).includes(kebab) ? (kebab as WindowKind) : undefined;
}

/** The builder must spread hardenedWebPreferences first into webPreferences and set no pinned key. */
export function builderProblems(moduleText: string, builderName: string): string[] {
  const source = ts.createSourceFile('builder.ts', moduleText, ts.ScriptTarget.Latest, true);
  const builder = source.statements.find((statement): statement is ts.FunctionDeclaration => ts.isFunctionDeclaration(statement) && statement.name?.text === builderName);
  if (!builder?.body) return [`${builderName} is not a function declared in its module`];
  const importsHardened = source.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === './hardened-web-preferences' &&
      statement.getText().includes('hardenedWebPreferences'),
  );
  const preferences: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'webPreferences') {
      if (ts.isObjectLiteralExpression(node.initializer)) preferences.push(node.initializer);
      else preferences.push(ts.factory.createObjectLiteralExpression([]));
    }
    ts.forEachChild(node, visit);
  };
  visit(builder.body);
  const problems: string[] = [];
  if (!importsHardened) problems.push(`${builderName}'s module does not import hardenedWebPreferences from ./hardened-web-preferences`);
  if (preferences.length === 0) problems.push(`${builderName} sets no webPreferences object literal`);
  for (const object of preferences) {
    const [first, ...rest] = object.properties;
    if (!first || !ts.isSpreadAssignment(first) || !ts.isIdentifier(first.expression) || first.expression.text !== 'hardenedWebPreferences') {
      problems.push(`${builderName}'s webPreferences do not start with ...hardenedWebPreferences`);
    }
    for (const property of rest) {
      if (ts.isSpreadAssignment(property)) problems.push(`${builderName}'s webPreferences spread something after the hardened ones`);
      const name = property.name ? propertyName(property.name) : undefined;
      if (name && (pinnedWebPreferences as readonly string[]).includes(name)) problems.push(`${builderName} sets webPreferences.${name} again`);
    }
  }
  return problems;
}

/** The kind the new window is registered under: `<x>.add('<kind>', <the variable it went into>)` in the same function. */
function registration(site: ts.NewExpression): string | undefined {
  const declaration = site.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
  const variable = declaration.name.text;
  let kind: string | undefined;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'add' &&
      node.arguments.length === 2 &&
      ts.isStringLiteral(node.arguments[0]!) &&
      ts.isIdentifier(node.arguments[1]!) &&
      node.arguments[1].text === variable
    ) {
      kind ??= node.arguments[0].text;
    }
    ts.forEachChild(node, visit);
  };
  visit(enclosingFunction(site));
  return kind;
}

function enclosingFunction(node: ts.Node): ts.Node {
  let current: ts.Node = node;
  while (current.parent && !ts.isFunctionLike(current)) current = current.parent;
  return current;
}

function constInitializer(name: string, scope: ts.Node): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) {
      found ??= node.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
