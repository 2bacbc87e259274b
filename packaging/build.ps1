<#
.SYNOPSIS
  Build the DeskApp bundle (dist\DeskApp\) and installer on Windows, and smoke-test both.

.DESCRIPTION
  The same steps as packaging/build.sh, plus the installer:
    1. build venv (build\venv): pip install '.[build]' (not editable)
    2. pyinstaller build.spec -> dist\DeskApp\deskapp.exe, deskapp-admin.exe, _internal\
    3. packaging\smoke.ps1: contents, --version, self-test on an empty profile, the GUI opens and
       closes, bad input (read-only data folder, missing migrations, newer database)
    4. iscc packaging\windows\deskapp.iss -> dist\DeskApp-<version>-setup.exe, then a silent
       per-user install, the installed self-test, and a silent uninstall that keeps the data
  Needs Python 3.11 on PATH (or -Python) and, for step 4, Inno Setup 6.3+ (choco install innosetup).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\build.ps1
  powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -NoInstaller -NoInstall
#>
param(
  [string]$Python = "python",
  [string]$Venv = $(if ($env:DESKAPP_BUILD_VENV) { $env:DESKAPP_BUILD_VENV } else { "build\venv" }),
  [switch]$NoInstall,    # reuse the build venv as it is
  [switch]$SmokeOnly,    # only smoke-test an existing dist\DeskApp
  [switch]$NoInstaller   # skip Inno Setup
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$Root = (Get-Location).Path

function Invoke-Checked([string]$What, [scriptblock]$Command) {
  & $Command
  if ($LASTEXITCODE -ne 0) { throw "build.ps1: $What failed (exit $LASTEXITCODE)" }
}
function Measure-Seconds([scriptblock]$Command) {
  $watch = [Diagnostics.Stopwatch]::StartNew(); & $Command | Out-Host; $watch.Stop()
  return [math]::Round($watch.Elapsed.TotalSeconds, 1)
}

New-Item -ItemType Directory -Force build | Out-Null
$Py = Join-Path $Venv "Scripts\python.exe"
$installSeconds = 0; $buildSeconds = 0

if (-not $NoInstall -and -not $SmokeOnly) {
  Write-Host "== build venv: $Venv (pip install '.[build]', not editable)"
  $installSeconds = Measure-Seconds {
    if (-not (Test-Path $Py)) { Invoke-Checked "venv" { & $Python -m venv $Venv } }
    Invoke-Checked "pip install" { & $Py -m pip install -q ".[build]" }
    Invoke-Checked "pip reinstall" { & $Py -m pip install -q --no-deps --force-reinstall . }
  }
  Write-Host "   $installSeconds s"
}

if (-not $SmokeOnly) {
  Write-Host "== pyinstaller build.spec -> dist\DeskApp"
  $buildSeconds = Measure-Seconds {
    Invoke-Checked "pyinstaller" {
      & (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller build.spec
    }
  }
  Write-Host "   $buildSeconds s"
}
if (-not (Test-Path "dist\DeskApp\deskapp-admin.exe")) { throw "build.ps1: dist\DeskApp is missing; build first" }

& "$PSScriptRoot\smoke.ps1" -Bundle "dist\DeskApp" -Report "build\smoke-report.txt" -Python $Py
$smokeFailures = $LASTEXITCODE

$version = (& $Py packaging\version_info.py --print-version).Trim()
$numeric = (& $Py packaging\version_info.py --print-numeric).Trim()
$bytes = (Get-ChildItem -Recurse -File dist\DeskApp | Measure-Object -Sum Length).Sum
$sizeMb = [math]::Round($bytes / 1MB)
$files = (Get-ChildItem -Recurse -File dist\DeskApp).Count

$installerFailures = 0
if (-not $NoInstaller) {
  $iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
  if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
  if (-not (Test-Path $iscc)) { throw "build.ps1: Inno Setup not found (choco install innosetup)" }
  Write-Host "== iscc packaging\windows\deskapp.iss"
  Invoke-Checked "iscc" {
    & $iscc /Q "/DAppVersion=$version" "/DAppVersionNumeric=$numeric" `
      "/DBundleDir=$Root\dist\DeskApp" "/O$Root\dist" packaging\windows\deskapp.iss
  }
  $setup = "dist\DeskApp-$version-setup.exe"
  Write-Host "   $setup ($([math]::Round((Get-Item $setup).Length / 1MB)) MB)"

  Write-Host "== silent per-user install, installed self-test, uninstall keeps the data"
  $target = Join-Path $env:TEMP "DeskApp-install-test"
  $proc = Start-Process $setup -Wait -PassThru -ArgumentList `
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR=`"$target`""
  if ($proc.ExitCode -ne 0) { Write-Host "  FAIL  setup exit $($proc.ExitCode)"; $installerFailures++ }
  $dataDir = Join-Path $env:LOCALAPPDATA "DeskApp"
  New-Item -ItemType Directory -Force $dataDir | Out-Null
  $marker = Join-Path $dataDir "keep-me.txt"
  Set-Content $marker "user data must survive an uninstall"
  & "$target\deskapp-admin.exe" self-test
  if ($LASTEXITCODE -ne 0) { Write-Host "  FAIL  installed self-test"; $installerFailures++ }
  else { Write-Host "  ok    installed deskapp-admin self-test" }
  Start-Process "$target\unins000.exe" -Wait -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES"
  for ($i = 0; $i -lt 60 -and (Test-Path "$target\deskapp.exe"); $i++) {
    Start-Sleep -Milliseconds 500  # the uninstaller finishes in a temporary copy of itself
  }
  if (Test-Path "$target\deskapp.exe") { Write-Host "  FAIL  uninstall left deskapp.exe"; $installerFailures++ }
  elseif (-not (Test-Path $marker)) { Write-Host "  FAIL  uninstall deleted the user's data"; $installerFailures++ }
  else { Write-Host "  ok    uninstalled; the user's data in $dataDir was kept" }
  Remove-Item $marker -Force -ErrorAction SilentlyContinue
}

$report = @(
  "version=$version", "date=$((Get-Date).ToUniversalTime().ToString('yyyy-MM-dd'))",
  "platform=Windows $([Environment]::OSVersion.Version), $env:NUMBER_OF_PROCESSORS cores",
  "python=$((& $Py -c 'import platform; print(platform.python_version())').Trim())",
  "pyinstaller=$((& $Py -m PyInstaller --version).Trim())",
  "size_human=$sizeMb MB", "size_mb=$sizeMb", "files=$files",
  "install_seconds=$installSeconds", "build_seconds=$buildSeconds"
) + (Get-Content build\smoke-report.txt)
$report | Set-Content build\bundle-report.txt
Write-Host "== numbers (build\bundle-report.txt)"; $report | ForEach-Object { Write-Host "   $_" }

if ($smokeFailures -ne 0 -or $installerFailures -ne 0) {
  throw "build.ps1: $smokeFailures smoke check(s) and $installerFailures installer check(s) failed"
}
Write-Host "== bundle OK: dist\DeskApp ($sizeMb MB)"
