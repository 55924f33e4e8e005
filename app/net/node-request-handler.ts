// The SDK's Node handler for the hosts that are not Electron (the CLI, the dev web host), made to
// work on corporate networks: a client whose origin the proxy variables cover gets an agent that
// tunnels through the proxy with CONNECT (https-proxy-agent, the agent npm's own tooling uses), so
// TLS still runs end to end with the AWS endpoint. Trust: Node reads NODE_EXTRA_CA_CERTS at start
// (the CA of a TLS-inspecting proxy goes there); docs/corporate-networks.md says what else.
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { RequestHandlerFactory } from '../aws/request-handler';
import { nodeHandlerOptions } from '../aws/sdk-clients';
import { proxyFor, readProxyEnvironment, type Environment } from './proxy-environment';

/** Reads the proxy variables once (throws ProxySettingError for an unusable one). */
export function nodeRequestHandlers(env: Environment): RequestHandlerFactory {
  const proxies = readProxyEnvironment(env);
  return ({ endpoint, timeouts }) => {
    const proxy = proxyFor(endpoint, proxies);
    const options = nodeHandlerOptions(timeouts);
    if (!proxy) return options;
    // One agent per SDK client (one origin): its tunnels stay open between calls, like the default agent's sockets.
    const agent = new HttpsProxyAgent(proxy, { keepAlive: true });
    return { ...options, httpsAgent: agent, httpAgent: agent };
  };
}
