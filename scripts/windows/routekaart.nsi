; The Windows installer of Routekaart, built by scripts/dist.sh with makensis:
;   makensis -DVERSION=0.1.0 -DEXE=path\to\routekaart.exe -DOUTFILE=dist\...exe routekaart.nsi
; A per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\Routekaart, with a
; Start-menu entry and an uninstaller listed under Apps. Settings and the recovery file stay in
; the user's AppData; uninstalling leaves them (and the user's own files) alone.

; A 64-bit installer for a 64-bit program (and one that runs under a 64-bit-only Wine).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"

!ifndef VERSION
  !error "VERSION is not set"
!endif
!ifndef EXE
  !error "EXE is not set"
!endif
!ifndef OUTFILE
  !define OUTFILE "routekaart-${VERSION}-windows-x64-setup.exe"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Routekaart"

Name "Routekaart"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Routekaart"
InstallDirRegKey HKCU "Software\Routekaart" "InstallDir"
BrandingText "Routekaart ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "Routekaart"
VIAddVersionKey /LANG=1043 "FileDescription" "Routekaart installeren"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "..\..\assets\icon\routekaart.ico"
!define MUI_UNICON "..\..\assets\icon\routekaart.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "..\..\assets\windows\installer-side.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "..\..\assets\windows\installer-side.bmp"
!define MUI_FINISHPAGE_RUN "$INSTDIR\routekaart.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

Section "Routekaart"
  SetOutPath "$INSTDIR"
  File "/oname=routekaart.exe" "${EXE}"
  File "/oname=LEESMIJ.txt" "LEESMIJ.txt"
  SetOutPath "$INSTDIR\voorbeelden"
  File "..\..\assessments\*.ron"
  SetOutPath "$INSTDIR\voorbeelden\vergelijking"
  File "..\..\assessments\vergelijking\*.ron"
  SetOutPath "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\Routekaart.lnk" "$INSTDIR\routekaart.exe" "" "$INSTDIR\routekaart.exe" 0
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "Software\Routekaart" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Routekaart"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Routekaart"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\routekaart.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Routekaart.lnk"
  Delete "$INSTDIR\routekaart.exe"
  Delete "$INSTDIR\LEESMIJ.txt"
  Delete "$INSTDIR\voorbeelden\vergelijking\*.ron"
  RMDir "$INSTDIR\voorbeelden\vergelijking"
  Delete "$INSTDIR\voorbeelden\*.ron"
  RMDir "$INSTDIR\voorbeelden"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Routekaart"
SectionEnd
