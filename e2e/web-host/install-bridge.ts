// Side effect only: installs window.desktop. Imported before the renderer's entry (entry.ts),
// since ES modules run in import order.
import { installBridge } from './bridge';

installBridge(window);
