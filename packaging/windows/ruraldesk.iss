; Inno Setup script: RuralDesk installer for Windows (per-user, no administrator rights).
; Build on Windows:  py -m PyInstaller --noconfirm packaging\ruraldesk.spec
;                    iscc packaging\windows\ruraldesk.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1E3A52-7D1B-4B8E-9C4B-2E5A7F0D9A11}
AppName=RuralDesk
AppVersion={#AppVersion}
AppPublisher=The RuralDesk developers
DefaultDirName={localappdata}\Programs\RuralDesk
DefaultGroupName=RuralDesk
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=RuralDesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\ruraldesk.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Files]
Source: "..\..\dist\ruraldesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\RuralDesk"; Filename: "{app}\ruraldesk.exe"
Name: "{userdesktop}\RuralDesk"; Filename: "{app}\ruraldesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\ruraldesk.exe"; Description: "{cm:LaunchProgram,RuralDesk}"; Flags: nowait postinstall skipifsilent
