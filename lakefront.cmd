@echo off
rem Lakefront launcher (CONTRACTS.md section 1): builds what is missing on first use, then runs.
rem   lakefront              opens the desktop workbench
rem   lakefront COMMAND ...  runs a command headless (lakefront --help lists them)
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%app\target\lakefront-app.jar"
if not exist "%JAR%" (
  where mvn >nul 2>nul || (echo lakefront: Maven ^(mvn^) is needed to build Lakefront on first use 1>&2 & exit /b 2)
  echo lakefront: building on first use ^(about a minute^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (popd & echo lakefront: the build failed 1>&2 & exit /b 2)
  popd
)
if "%LAKEFRONT_JAVA_OPTS%"=="" set "LAKEFRONT_JAVA_OPTS=-Xmx4g"
java %LAKEFRONT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
