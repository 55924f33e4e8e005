// The web host's quick switcher page: the WebSocket bridge first, then the unchanged page.
import './install-bridge';
import '../../renderer/src/quick-switcher/main';
