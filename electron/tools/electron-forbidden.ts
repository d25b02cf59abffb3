// electron/core/tsconfig.json maps 'electron' here, so importing Electron from core or api
// fails the type-check with this message instead of silently coupling the core to Electron.
const importingElectronIsForbidden: 'electron/core and electron/api must never import electron (see design.md)' =
  'this file is only reached through a forbidden import';
export default importingElectronIsForbidden;
