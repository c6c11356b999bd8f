// `npm run build:manifest`: the custom-elements manifest of every maltal-* element, read from the
// JSDoc in widgets/** (attributes, properties, parts, CSS custom properties, events). Served at
// /widgets/custom-elements.json; test/widgets/manifest.test.ts fails when anything is undocumented.

/**
 * Lit's `static properties = { x: { state: true } }` is reactive state with no attribute; the
 * analyzer lists it as an attribute. This plugin takes those out of `attributes` (the property
 * stays, and needs its own doc comment if it is public).
 */
function litStateProperties() {
  const states = new Set();
  return {
    name: 'maltal-lit-state-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) states.add(`${node.name.text}.${prop.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const isState = (className, item) => states.has(`${item.inheritedFrom?.name ?? className}.${item.name}`);
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !isState(decl.name, a));
          for (const member of decl.members ?? []) if (isState(decl.name, member)) delete member.attribute;
        }
      }
    },
  };
}

export default {
  globs: ['widgets/**/*.ts'],
  exclude: ['widgets/**/*.test.ts', 'widgets/**/*.d.ts'],
  outdir: 'dist/public/widgets',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [litStateProperties()],
};
