@echo off
rem SSO Tray's command line, shipped in the app's resources\bin (electron-builder.yml): it runs
rem the app's own binary in its --cli mode. Put this folder on PATH.
"%~dp0..\..\SSO Tray.exe" --cli %*
