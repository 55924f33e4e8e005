// The web host page's entry: the WebSocket bridge first, then the unchanged renderer.
import './install-bridge';
import '../../renderer/src/main';
