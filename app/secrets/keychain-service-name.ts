// The keychain service the app's entries live under, apart from the store itself: the CLI names
// it in --help and compares with it without loading the keychain's native module.
export const defaultKeychainService = 'sso-tray';
