/**
 * The app's id as electron-builder.yml `appId` sets it. Windows shows a notification (the
 * "update ready" notice) only for an app whose AppUserModelID matches its Start-menu shortcut,
 * which the NSIS installer creates with this id; app-identity.test.ts keeps the two equal.
 */
export const APP_ID = 'app.postwright.desktop';
