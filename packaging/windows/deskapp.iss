; DeskApp installer (Inno Setup 6.3+). Per user, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DBundleDir=C:\src\deskapp\dist\DeskApp ^
;        /O..\..\dist packaging\windows\deskapp.iss
;
; packaging\build.ps1 passes the defines (from packaging\version_info.py, the package version).
; Installs to %LOCALAPPDATA%\Programs\DeskApp with a Start-menu shortcut. The user's data
; (%LOCALAPPDATA%\DeskApp: local database, profiles) and settings (HKCU\Software\DeskApp) stay on
; uninstall unless the person says yes to deleting them, or a silent uninstall gets /DELETEDATA.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging\build.ps1 does)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\DeskApp"
#endif
#define IconFile AddBackslash(SourcePath) + "..\..\resources\icons\deskapp.ico"
#define AppName "DeskApp"
#define AppPublisher "DeskApp team"
#define AppExe "deskapp.exe"
#define AdminExe "deskapp-admin.exe"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{6F1C2B7E-4D8A-4C1F-9E2B-5A7D3C9E8B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} installer
VersionInfoCompany={#AppPublisher}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime: a revision file left from an older version would confuse
; the migrations, and stale libraries could shadow new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Service desk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Bytecode Python may write next to the migration files when they run.
Type: filesandordirs; Name: "{app}\_internal\migrations"
Type: dirifempty; Name: "{app}"

[Code]
const
  DataFolder = '{localappdata}\DeskApp';
  SettingsKey = 'Software\DeskApp';

function CommandLineHas(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

function ShouldDeleteUserData(): Boolean;
begin
  if UninstallSilent then
    Result := CommandLineHas('/DELETEDATA')
  else
    Result := MsgBox('Also delete your DeskApp data?' + #13#10 + #13#10 +
      'This removes the local database, connection profiles and window settings in ' +
      ExpandConstant(DataFolder) + '. Shared server databases are not touched.' + #13#10 + #13#10 +
      'Choose No to keep them for a later installation.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    if DirExists(ExpandConstant(DataFolder)) or RegKeyExists(HKCU, SettingsKey) then
      if ShouldDeleteUserData() then
      begin
        DelTree(ExpandConstant(DataFolder), True, True, True);
        RegDeleteKeyIncludingSubkeys(HKCU, SettingsKey);
      end;
end;
