; Included into electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; Postwright installs for the current user only: no administrator prompt, no per-machine copy that
; a per-user auto-update could not replace. The folder page still lets the user choose where.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend
