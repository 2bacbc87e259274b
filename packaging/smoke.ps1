<#
.SYNOPSIS
  Smoke-test a built DeskApp bundle on Windows (the counterpart of packaging/smoke.sh).

.DESCRIPTION
  0. bundle contents (packaging\check_bundle.py)   1. deskapp-admin --version
  2. deskapp-admin self-test on an empty profile (timed)
  3. db upgrade / check on the profile's own SQLite file
  4. db upgrade on a new PostgreSQL database when DESKAPP_SMOKE_PG names a server (else skipped)
  5. deskapp.exe shows its window and exits 0 when it is closed (WM_CLOSE, the title-bar X)
  6. bad input for both executables: read-only data folder, migrations folder missing (in a copy
     of the bundle), a database from a newer DeskApp -> a message and a non-zero exit, no traceback
  Exit status: the number of failed checks.
#>
param(
  [string]$Bundle = "dist\DeskApp",
  [string]$Report = "NUL",
  [string]$Python = "python",
  [int]$GuiTimeout = 60
)
$ErrorActionPreference = "Continue"  # a failed check is counted, not thrown
$Bundle = (Resolve-Path $Bundle).Path
$Admin = Join-Path $Bundle "deskapp-admin.exe"
$Gui = Join-Path $Bundle "deskapp.exe"
$Work = Join-Path ([IO.Path]::GetTempPath()) ("deskapp-smoke-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
New-Item -ItemType Directory $Work | Out-Null
$script:failures = 0
function Pass([string]$Text) { Write-Host "  ok    $Text" }
function Fail([string]$Text, [string]$Log = "") {
  Write-Host "  FAIL  $Text"; $script:failures++
  if ($Log) { $Log -split "`n" | ForEach-Object { Write-Host "        | $_" } }
}
function Test-NoTraceback([string]$Text) { return -not ($Text -match "Traceback \(most recent call last\)") }

# A fresh profile: every per-user folder in a new empty folder. On Windows platformdirs asks the
# shell for known folders (not the environment), so DeskApp's own overrides point it there too.
function New-Profile([string]$Name) {
  $dir = Join-Path $Work $Name
  New-Item -ItemType Directory -Force "$dir\data", "$dir\config" | Out-Null
  return $dir
}
function Set-Profile([string]$Dir) {
  $script:savedEnv = @{}
  $vars = @{
    HOME = $Dir; USERPROFILE = $Dir; APPDATA = "$Dir\roaming"; LOCALAPPDATA = "$Dir\local"
    DESKAPP_DATA_DIR = "$Dir\data"; DESKAPP_CONFIG_DIR = "$Dir\config"; DESKAPP_DATABASE_URL = $null
    QT_QPA_PLATFORM = $null
  }
  foreach ($k in $vars.Keys) {
    $script:savedEnv[$k] = [Environment]::GetEnvironmentVariable($k)
    [Environment]::SetEnvironmentVariable($k, $vars[$k])
  }
}
function Restore-Environment {
  foreach ($k in $script:savedEnv.Keys) { [Environment]::SetEnvironmentVariable($k, $script:savedEnv[$k]) }
}
# Run a console executable in a profile; returns @{ Code; Text } (stdout and stderr together).
function Invoke-InProfile([string]$Dir, [string]$Exe, [string[]]$Arguments) {
  Set-Profile $Dir
  try {
    $text = (& $Exe @Arguments 2>&1 | Out-String)
    return @{ Code = $LASTEXITCODE; Text = $text.Trim() }
  } finally { Restore-Environment }
}
function Expect-Error([string]$Name, [int]$Want, [string]$Pattern, [string]$Dir, [string]$Exe, [string[]]$Arguments) {
  $r = Invoke-InProfile $Dir $Exe $Arguments
  $line = ($r.Text -split "`n" | Where-Object { $_ -match $Pattern } | Select-Object -First 1)
  if ($r.Code -eq $Want -and $line -and (Test-NoTraceback $r.Text)) { Pass "${Name}: exit $($r.Code), `"$($line.Trim())`"" }
  else { Fail "${Name}: exit $($r.Code) (want $Want), message must match /$Pattern/ without a traceback" $r.Text }
}
function Seed-Profile([string]$Dir) {  # skip the first-run dialog
  # WriteAllText: UTF-8 without a BOM (Set-Content -Encoding UTF8 adds one in PowerShell 5.1)
  [IO.File]::WriteAllText("$Dir\config\profiles.json",
    '{"profiles": [{"name": "Local", "url": "", "sslmode": ""}], "current": "Local", "first_run_done": true}')
}

Write-Host "== smoke test of $Bundle"
try {
  # 0. contents
  & $Python (Join-Path $PSScriptRoot "check_bundle.py") $Bundle
  if ($LASTEXITCODE -ne 0) { $script:failures++ }

  # 1. version
  $out = (& $Admin --version 2>&1 | Out-String).Trim()
  if ($LASTEXITCODE -eq 0 -and $out -match "^DeskApp \d") { Pass "deskapp-admin --version: $out" }
  else { Fail "deskapp-admin --version: exit $LASTEXITCODE" $out }

  # 2. self-test on an empty profile
  $dir = New-Profile "selftest"
  $watch = [Diagnostics.Stopwatch]::StartNew()
  $r = Invoke-InProfile $dir $Admin @("self-test")
  $selftestSeconds = [math]::Round($watch.Elapsed.TotalSeconds, 1)
  $r.Text -split "`n" | ForEach-Object { Write-Host "        | $_" }
  if ($r.Code -eq 0 -and $r.Text -match "(?m)^PASSED" -and (Test-NoTraceback $r.Text)) {
    Pass "deskapp-admin self-test on an empty profile: $selftestSeconds s (wall clock)"
  } else { Fail "deskapp-admin self-test: exit $($r.Code)" }

  # 3. the frozen app migrates the profile's own database
  $dir = New-Profile "localdb"
  $up = Invoke-InProfile $dir $Admin @("db", "upgrade")
  $check = Invoke-InProfile $dir $Admin @("db", "check")
  $current = Invoke-InProfile $dir $Admin @("db", "current")
  $head = if ($current.Text -match "deskapp:\s*(\S+)") { $Matches[1] } else { "" }
  if ($up.Code -eq 0 -and $check.Code -eq 0 -and (Test-Path "$dir\data\deskapp.sqlite3")) {
    Pass "db upgrade on a fresh profile: $($up.Text); $($check.Text)"
  } else { Fail "db upgrade on a fresh profile: exit $($up.Code), check exit $($check.Code)" "$($up.Text)`n$($check.Text)" }

  # 4. PostgreSQL, when a server is named
  $pg = $env:DESKAPP_SMOKE_PG
  if (-not $pg -or $pg -eq "none" -or -not (Get-Command psql -ErrorAction SilentlyContinue)) {
    Write-Host "  skip  PostgreSQL db upgrade: set DESKAPP_SMOKE_PG=postgresql://user@host:port (and put psql on PATH)"
  } else {
    $db = "deskapp_smoke_$PID"
    & psql -q "$pg/postgres" -c "CREATE DATABASE $db" | Out-Null
    $env:PSYCOPG_IMPL = "binary"
    $r = Invoke-InProfile (New-Profile "pg") $Admin @("--database", "$pg/$db", "db", "upgrade")
    $c = Invoke-InProfile (New-Profile "pg2") $Admin @("--database", "$pg/$db", "db", "check")
    Remove-Item Env:PSYCOPG_IMPL
    & psql -q "$pg/postgres" -c "DROP DATABASE $db" | Out-Null
    if ($r.Code -eq 0 -and $c.Code -eq 0) { Pass "PostgreSQL db upgrade + check: $($r.Text)" }
    else { Fail "PostgreSQL db upgrade: exit $($r.Code), check exit $($c.Code)" "$($r.Text)`n$($c.Text)" }
  }

  # 6a. bad input, deskapp-admin
  $roDir = New-Profile "readonly"; Seed-Profile $roDir
  $me = "$env:USERDOMAIN\$env:USERNAME"
  & icacls "$roDir\data" /deny "${me}:(OI)(CI)(W,D,DC)" | Out-Null
  Expect-Error "admin-readonly-data" 2 "writable" $roDir $Admin @("db", "upgrade")

  $broken = Join-Path $Work "bundle-without-migrations"
  Copy-Item -Recurse $Bundle $broken
  Rename-Item "$broken\_internal\migrations" "migrations.moved-aside"
  $nomigDir = New-Profile "nomigrations"; Seed-Profile $nomigDir
  Expect-Error "admin-missing-migrations-selftest" 1 "reinstall DeskApp" $nomigDir "$broken\deskapp-admin.exe" @("self-test")
  Expect-Error "admin-missing-migrations-upgrade" 2 "migrations.*reinstall DeskApp" $nomigDir "$broken\deskapp-admin.exe" @("db", "upgrade")

  $newerDir = New-Profile "newer"; Seed-Profile $newerDir
  Invoke-InProfile $newerDir $Admin @("db", "upgrade") | Out-Null
  # (no double quotes inside: Windows PowerShell passes them to native programs mangled)
  & $Python -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('UPDATE alembic_version SET version_num = ?', ('ffff_from_a_newer_deskapp',)); c.commit()" "$newerDir\data\deskapp.sqlite3"
  Expect-Error "admin-newer-database" 2 "newer DeskApp" $newerDir $Admin @("db", "upgrade")

  # 5 + 6b. the windowed app: wait for its window, close it like a person, read the exit code.
  function Invoke-Gui([string]$Dir, [string]$Exe) {
    Set-Profile $Dir
    try { $p = Start-Process $Exe -PassThru } finally { Restore-Environment }
    $title = ""
    for ($i = 0; $i -lt $GuiTimeout * 10 -and -not $p.HasExited; $i++) {
      $p.Refresh()
      if ($p.MainWindowHandle -ne 0) { Start-Sleep -Seconds 1; $p.Refresh(); $title = $p.MainWindowTitle; break }
      Start-Sleep -Milliseconds 100
    }
    for ($i = 0; $i -lt 20 -and -not $p.HasExited; $i++) {  # close what it shows, for up to 20 s
      $p.Refresh(); if ($p.MainWindowHandle -ne 0) { [void]$p.CloseMainWindow() }
      [void]$p.WaitForExit(1000)
    }
    if (-not $p.HasExited) { $p.Kill(); return @{ Code = "hung"; Title = $title } }
    return @{ Code = $p.ExitCode; Title = $title }
  }
  $dir = New-Profile "gui"; Seed-Profile $dir
  $watch = [Diagnostics.Stopwatch]::StartNew()
  $g = Invoke-Gui $dir $Gui
  $guiSeconds = [math]::Round($watch.Elapsed.TotalSeconds, 1)
  $rev = (Invoke-InProfile $dir $Admin @("db", "current")).Text
  if ($g.Code -eq 0 -and $g.Title -like "*DeskApp*" -and $g.Title -notmatch "Unhandled exception") {
    Pass "deskapp showed `"$($g.Title)`" and exited 0 when closed ($guiSeconds s)"
  } else { Fail "deskapp: window `"$($g.Title)`", exit $($g.Code) (want a DeskApp window, exit 0)" }
  if ($head -and $rev -notmatch "database:\s*$head") { Fail "deskapp did not migrate its profile database" $rev }

  foreach ($case in @(
      @{ Name = "gui-readonly-data"; Dir = $roDir; Exe = $Gui },
      @{ Name = "gui-missing-migrations"; Dir = $nomigDir; Exe = "$broken\deskapp.exe" },
      @{ Name = "gui-newer-database"; Dir = $newerDir; Exe = $Gui })) {
    $g = Invoke-Gui $case.Dir $case.Exe
    $ok = ($g.Code -is [int]) -and $g.Code -ge 1 -and $g.Code -le 125 -and $g.Title -and $g.Title -notmatch "Unhandled exception"
    if ($ok) { Pass "$($case.Name): window `"$($g.Title)`" closed, exit $($g.Code)" }
    else { Fail "$($case.Name): window `"$($g.Title)`", exit $($g.Code) (want a message window and an exit of 1..125)" }
  }
} finally {
  & icacls "$Work\readonly\data" /remove:d "$env:USERDOMAIN\$env:USERNAME" 2>&1 | Out-Null
  Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

if ($Report -ne "NUL") {
  @("selftest_seconds=$selftestSeconds", "gui_seconds=$guiSeconds", "smoke_failures=$script:failures") |
    Set-Content $Report
}
if ($script:failures) { Write-Host "== smoke test: $script:failures check(s) FAILED" } else { Write-Host "== smoke test: all checks passed" }
exit $script:failures
