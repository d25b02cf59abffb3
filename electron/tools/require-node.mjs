// Electron's own tooling (@electron/get, @electron/rebuild) requires Node 22.12 or newer; the
// tests and the preview run on Node 20.19 too. Says so, instead of failing deep inside a download.
export function requireNodeForElectron(what) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(`
${what} needs Node.js 22.12 or newer (Electron's tools require it); this is Node ${process.versions.node}.
\`npm test\` and \`npm run preview\` (the same app in your browser) work on Node 20.19 and newer.
`);
  process.exit(1);
}
