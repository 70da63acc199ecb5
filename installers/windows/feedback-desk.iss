; Feedback Desk's Windows installer (Inno Setup 6.3 or later).
;
; Built by `python installers\build.py dist` (what `make dist` runs), which passes the name,
; the version and the folders from the package; by hand, after `python installers\build.py
; bundle`:
;   iscc /DAppName="Feedback Desk" /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 ^
;        /DAppExe="Feedback Desk.exe" ^
;        /DSourceDir=..\..\dist\feedback-desk /DOutputDir=..\..\dist installers\windows\feedback-desk.iss
;
; The folder holds "Feedback Desk.exe" (windowed, what the shortcuts open) and
; feedback-desk.exe (the command line, for scripts and scheduled tasks).
;
; A per-user install: no administrator rights asked, the program in
; %LOCALAPPDATA%\Programs\Feedback Desk ({autopf} when installing for the current user only).
; The owner's data lives elsewhere, in %LOCALAPPDATA%\Feedback Desk (feedback.db, backups\,
; logs\): nothing here deletes or writes there, and a check before installing refuses a
; program folder that is, holds or sits inside the data folder.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible)
#endif
#ifndef AppName
  #error Pass /DAppName=... (installers\build.py does)
#endif
#ifndef AppVersion
  #error Pass /DAppVersion=... (installers\build.py does)
#endif
#ifndef AppNumericVersion
  #error Pass /DAppNumericVersion=... (four numbers; installers\build.py does)
#endif
#ifndef AppExe
  #error Pass /DAppExe=... (the windowed program; installers\build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\feedback-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define ProgId "FeedbackDesk.csv"

[Setup]
; The AppId never changes: a new version finds the old one by it and installs over it.
AppId={{6F1C8E52-3B7A-4D5E-9A21-8C4B7F0D2E63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or later.
MinVersion=10.0.17763
; A running Feedback Desk is found (Restart Manager) and the owner asked to close it.
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes
Uninstallable=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\feedback-desk.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=Feedback-Desk-{#AppVersion}-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The program's own libraries of the version being replaced, so that none of an older Qt or
; Python stays beside the new one. Only inside the program folder, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with > Feedback Desk" for CSV and TSV files, without taking them from the spreadsheet
; that opens them now: the .csv and .tsv keys get only a value in OpenWithProgids, removed
; again on uninstall; the ProgID and the Applications key are Feedback Desk's own.
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tsv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "CSV file for {#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tsv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder of platformdirs' user_data_path("Feedback Desk", appauthor=False). }
function DataFolder(): String;
begin
  Result := AddBackslash(ExpandConstant('{localappdata}\{#AppName}'));
end;

function Inside(const Folder, Outer: String): Boolean;
begin
  Result := Pos(Lowercase(Outer), Lowercase(Folder)) = 1;
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Target: String;
begin
  Result := '';
  Target := AddBackslash(ExpandConstant('{app}'));
  if Inside(Target, DataFolder()) or Inside(DataFolder(), Target) then
    Result := '{#AppName} keeps your feedback in ' + DataFolder() + '. ' +
      'Please choose another folder for the program, so that the two never mix.';
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('{#AppName} is removed. Your feedback, its backups and the logs are kept in ' +
      DataFolder() + '; delete that folder yourself if you no longer need them.',
      mbInformation, MB_OK);
end;
